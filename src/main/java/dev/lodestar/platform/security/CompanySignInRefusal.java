package dev.lodestar.platform.security;

/**
 * Why someone the company's provider signed in may not enter Lodestar. Each code names the message the sign-in page
 * shows ({@code sign-in.company.<code>}).
 */
public enum CompanySignInRefusal {

	/** The provider sent no e-mail address, or one it says is not verified: nobody can be matched by it. */
	NO_EMAIL("no-email"),

	/** No person has that e-mail address, and the admins do not let company sign-in create people. */
	UNKNOWN_PERSON("unknown-person"),

	/** The person with that e-mail address is deactivated. */
	DEACTIVATED("deactivated"),

	/** The provider could not be reached or answered with an error. */
	UNAVAILABLE("unavailable");

	private final String code;

	CompanySignInRefusal(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** The refusal of this code, if it is one; anything else the provider or the protocol said counts as unavailable. */
	public static CompanySignInRefusal ofCode(String code) {
		for (CompanySignInRefusal refusal : values()) {
			if (refusal.code.equals(code)) {
				return refusal;
			}
		}
		return UNAVAILABLE;
	}
}
