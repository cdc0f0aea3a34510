package dev.lodestar.people.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.people.NewTeam;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.people.TeamRevision;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams")
class TeamsApiController {

	private final TeamManagement teams;

	private final IdempotentRequests idempotent;

	TeamsApiController(TeamManagement teams, IdempotentRequests idempotent) {
		this.teams = teams;
		this.idempotent = idempotent;
	}

	@GetMapping
	@Operation(summary = "Find teams by name, optionally the children of one team")
	Page<Team> findTeams(@RequestParam(required = false) String q, @RequestParam(required = false) Long parentId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return teams.search(q, parentId, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	Team showTeam(@PathVariable long id) {
		return teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
	}

	@PostMapping
	@Operation(summary = "Form a team (admins)")
	ResponseEntity<Team> formTeam(@AuthenticationPrincipal Caller caller, @RequestBody NewTeam team,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), team, Team.class,
				() -> teams.form(caller, team), created -> URI.create("/api/v1/teams/" + created.id()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename a team, move it in the tree, change its leads and members (admins)")
	Team reviseTeam(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody TeamRevision revision) {
		return teams.revise(caller, id, revision);
	}
}
