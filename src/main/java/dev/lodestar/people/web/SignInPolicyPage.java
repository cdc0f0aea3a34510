package dev.lodestar.people.web;

import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The organisation's sign-in policy, for an admin to change, beside what the configuration says of company sign-in.
 *
 * @param companyIssuer the company's OpenID provider; {@code null} when company sign-in is not configured
 * @param notice a message key saying what just happened; absent otherwise
 */
public record SignInPolicyPage(Shell shell, SignInPolicyForm form, String companyIssuer, FormErrors errors, String notice) {

	public List<String> otherErrors() {
		return errors.otherThan(List.of("createOnFirstSignIn"));
	}
}
