package dev.lodestar.alignment.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.alignment.ContributionAction;
import dev.lodestar.alignment.ContributionAnswer;
import dev.lodestar.alignment.ContributionManagement;
import dev.lodestar.alignment.ContributionRequest;
import dev.lodestar.alignment.ContributionThread;
import dev.lodestar.alignment.NewContributionRequest;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "Contribution requests")
class ContributionRequestsApiController {

	private final ContributionManagement contributions;

	private final IdempotentRequests idempotent;

	ContributionRequestsApiController(ContributionManagement contributions, IdempotentRequests idempotent) {
		this.contributions = contributions;
		this.idempotent = idempotent;
	}

	@PostMapping("/api/v1/contribution-requests")
	@Operation(summary = "Ask another team to contribute to a key result of your team's public objective, proposing an objective or a key result for it")
	ResponseEntity<ContributionRequest> askForContribution(@AuthenticationPrincipal Caller caller,
			@RequestBody NewContributionRequest ask, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), ask, ContributionRequest.class,
				() -> contributions.ask(caller, ask), created -> URI.create("/api/v1/contribution-requests/" + created.id()));
	}

	@GetMapping("/api/v1/contribution-requests")
	@Operation(summary = "The open requests a team asks or is asked (teamId), or a cycle's requests (cycleId; open=false for all), oldest waiting first")
	List<ContributionRequest> listContributionRequests(@AuthenticationPrincipal Caller caller,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long cycleId,
			@RequestParam(defaultValue = "true") boolean open) {
		if ((teamId == null) == (cycleId == null)) {
			throw InvalidInputException.of("teamId", "validation.team-or-cycle");
		}
		return teamId != null ? contributions.openOf(caller, List.of(teamId)) : contributions.ofCycle(caller, cycleId, open);
	}

	@GetMapping("/api/v1/contribution-requests/{id}")
	@Operation(summary = "A contribution request with every step of its conversation")
	ContributionThread showContributionRequest(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return contributions.find(caller, id);
	}

	@PostMapping("/api/v1/contribution-requests/{id}/accept")
	@Operation(summary = "Accept the current proposal (the team with the turn): it becomes a draft in the asked team's OKRs, aligned to the key result")
	ContributionRequest acceptContribution(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody ContributionAnswer answer) {
		return contributions.answer(caller, id, ContributionAction.ACCEPTED, answer);
	}

	@PostMapping("/api/v1/contribution-requests/{id}/counter")
	@Operation(summary = "Answer with a changed proposal (the team with the turn); the turn passes to the other team")
	ContributionRequest counterContribution(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody ContributionAnswer answer) {
		return contributions.answer(caller, id, ContributionAction.COUNTERED, answer);
	}

	@PostMapping("/api/v1/contribution-requests/{id}/decline")
	@Operation(summary = "Decline with a reason (the team with the turn)")
	ContributionRequest declineContribution(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody ContributionAnswer answer) {
		return contributions.answer(caller, id, ContributionAction.DECLINED, answer);
	}

	@PostMapping("/api/v1/contribution-requests/{id}/withdraw")
	@Operation(summary = "Withdraw an open request (the asking team)")
	ContributionRequest withdrawContribution(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody ContributionAnswer answer) {
		return contributions.answer(caller, id, ContributionAction.WITHDRAWN, answer);
	}
}
