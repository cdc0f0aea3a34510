package dev.lodestar.checkins.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.checkins.CheckInPolicy;
import dev.lodestar.checkins.CheckInPolicyManagement;
import dev.lodestar.platform.security.Caller;

@RestController
@RequestMapping("/api/v1/policy/check-ins")
@Tag(name = "Policy")
class CheckInPolicyApiController {

	private final CheckInPolicyManagement policy;

	CheckInPolicyApiController(CheckInPolicyManagement policy) {
		this.policy = policy;
	}

	@GetMapping
	@Operation(summary = "The weekday the organisation checks in on; a check-in week starts on it")
	CheckInPolicy showCheckInPolicy() {
		return policy.current();
	}

	@PutMapping
	@Operation(summary = "Move the check-in day (admins); send the version you read")
	CheckInPolicy reviseCheckInPolicy(@AuthenticationPrincipal Caller caller, @RequestBody CheckInPolicy revision) {
		return policy.revise(caller, revision);
	}
}
