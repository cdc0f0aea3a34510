package dev.lodestar.health.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.health.HealthManagement;
import dev.lodestar.health.TeamHealth;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "OKR health")
class HealthApiController {

	private final HealthManagement health;

	HealthApiController(HealthManagement health) {
		this.health = health;
	}

	@GetMapping("/api/v1/teams/{teamId}/health")
	@Operation(summary = "The team's OKR health in a cycle (the current one unless cycleId is given): each signal's value, band, thresholds and evidence, the evidence as the caller may see it (the team's people and admins)")
	TeamHealth showTeamHealth(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestParam(required = false) Long cycleId) {
		return health.ofTeam(caller, teamId, cycleId);
	}

	@PostMapping("/api/v1/teams/{teamId}/health/recompute")
	@Operation(summary = "Compute the team's OKR health in a cycle now and answer it")
	TeamHealth recomputeTeamHealth(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestParam(required = false) Long cycleId) {
		return health.recompute(caller, teamId, cycleId);
	}
}
