package dev.lodestar.people.web;

import dev.lodestar.people.SignInPolicy;

/** The sign-in policy as the form sends it: an unticked box sends nothing, which means no. */
public record SignInPolicyForm(Boolean createOnFirstSignIn, Integer version) {

	static SignInPolicyForm of(SignInPolicy policy) {
		return new SignInPolicyForm(policy.createOnFirstSignIn(), policy.version());
	}

	public boolean createOn() {
		return Boolean.TRUE.equals(createOnFirstSignIn);
	}

	SignInPolicy toPolicy() {
		return new SignInPolicy(createOn(), version);
	}
}
