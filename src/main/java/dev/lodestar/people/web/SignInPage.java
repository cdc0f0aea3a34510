package dev.lodestar.people.web;

import dev.lodestar.platform.security.CompanySignIn;
import dev.lodestar.platform.web.Shell;

/**
 * The sign-in form, after a failed attempt, after signing out, or after the demo company was loaded; with the way to
 * company sign-in when it is configured.
 *
 * @param company company sign-in; shown only when {@link CompanySignIn#enabled()}
 * @param companyRefusal the message key saying why company sign-in let nobody in; absent otherwise
 */
public record SignInPage(Shell shell, String organisation, boolean failed, boolean signedOut, boolean demoLoaded,
		CompanySignIn company, String companyRefusal) {

	public String companyStart() {
		return CompanySignIn.START;
	}
}
