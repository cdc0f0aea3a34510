package dev.lodestar.people.web;

import dev.lodestar.people.SignInPolicy;

/** The sign-in policy as the form sends it: an unticked box sends nothing, which means no. */
public record SignInPolicyForm(boolean createOnFirstSignIn, Integer version) {

	static SignInPolicyForm of(SignInPolicy policy) {
		return new SignInPolicyForm(policy.createOnFirstSignIn(), policy.version());
	}

	SignInPolicy toPolicy() {
		return new SignInPolicy(createOnFirstSignIn, version);
	}
}
