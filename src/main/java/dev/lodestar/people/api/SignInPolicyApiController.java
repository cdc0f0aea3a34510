package dev.lodestar.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.people.SignInPolicy;
import dev.lodestar.people.SignInPolicyManagement;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "People")
class SignInPolicyApiController {

	private final SignInPolicyManagement policy;

	SignInPolicyApiController(SignInPolicyManagement policy) {
		this.policy = policy;
	}

	@GetMapping("/api/v1/policy/sign-in")
	@Operation(summary = "Whether company sign-in (OpenID Connect) creates a person for an unknown e-mail address on their first sign-in (admins)")
	SignInPolicy showSignInPolicy(@AuthenticationPrincipal Caller caller) {
		return policy.policy(caller);
	}

	@PutMapping("/api/v1/policy/sign-in")
	@Operation(summary = "Let company sign-in create people on their first sign-in, or stop it (admins); send the version you read")
	SignInPolicy reviseSignInPolicy(@AuthenticationPrincipal Caller caller, @RequestBody SignInPolicy revision) {
		return policy.revise(caller, revision);
	}
}
