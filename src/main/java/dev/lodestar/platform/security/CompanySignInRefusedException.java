package dev.lodestar.platform.security;

/** Company sign-in found nobody it may sign in: the sign-in page says why. */
public class CompanySignInRefusedException extends RuntimeException {

	private final CompanySignInRefusal refusal;

	public CompanySignInRefusedException(CompanySignInRefusal refusal) {
		super("Company sign-in refused: " + refusal.code());
		this.refusal = refusal;
	}

	public CompanySignInRefusal refusal() {
		return refusal;
	}
}
