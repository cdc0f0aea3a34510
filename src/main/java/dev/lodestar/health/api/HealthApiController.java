package dev.lodestar.health.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.health.HealthManagement;
import dev.lodestar.health.OrganisationHealth;
import dev.lodestar.health.TeamHealth;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.PageQuery;

@RestController
@Tag(name = "OKR health")
class HealthApiController {

	private final HealthManagement health;

	HealthApiController(HealthManagement health) {
		this.health = health;
	}

	@GetMapping("/api/v1/teams/{teamId}/health")
	@Operation(summary = "The team's OKR health in a cycle (the current one unless cycleId is given): each signal's value, band, thresholds and evidence, the evidence as the caller may see it (the team's people, admins and OKR coaches)")
	TeamHealth showTeamHealth(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestParam(required = false) Long cycleId) {
		return health.ofTeam(caller, teamId, cycleId);
	}

	@GetMapping("/api/v1/health")
	@Operation(summary = "The organisation's OKR health in a cycle (admins and OKR coaches): for every signal how many teams stand where, a page of the heat map of teams × signals, and the trend over the cycles of the same rhythm; from stored results")
	OrganisationHealth showOrganisationHealth(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long cycleId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return health.ofOrganisation(caller, cycleId, PageQuery.of(page, size));
	}

	@PostMapping("/api/v1/health/recompute")
	@Operation(summary = "Compute every team's OKR health in a cycle now (admins); answers how many teams")
	Map<String, Integer> recomputeOrganisationHealth(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) Long cycleId) {
		return Map.of("teams", health.recomputeAll(caller, cycleId));
	}

	@GetMapping("/api/v1/health/export")
	@Operation(summary = "Every team's OKR health in a cycle as CSV (admins): team, signal, value, band and how much evidence; no evidence is named")
	ResponseEntity<byte[]> exportHealth(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long cycleId) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("okr-health.csv").build().toString())
			.body(health.export(caller, cycleId));
	}

	@PostMapping("/api/v1/teams/{teamId}/health/recompute")
	@Operation(summary = "Compute the team's OKR health in a cycle now and answer it")
	TeamHealth recomputeTeamHealth(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestParam(required = false) Long cycleId) {
		return health.recompute(caller, teamId, cycleId);
	}
}
