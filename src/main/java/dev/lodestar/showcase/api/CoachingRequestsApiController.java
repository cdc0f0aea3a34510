package dev.lodestar.showcase.api;

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
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.showcase.CoachingManagement;
import dev.lodestar.showcase.CoachingRequest;
import dev.lodestar.showcase.NewCoachingRequest;

@RestController
@Tag(name = "Coaching requests")
class CoachingRequestsApiController {

	private final CoachingManagement coaching;

	private final IdempotentRequests idempotent;

	CoachingRequestsApiController(CoachingManagement coaching, IdempotentRequests idempotent) {
		this.coaching = coaching;
		this.idempotent = idempotent;
	}

	@PostMapping("/api/v1/teams/{teamId}/coaching-requests")
	@Operation(summary = "Ask the OKR coaches for help for a team (its leads), with a note; one open request a team")
	ResponseEntity<CoachingRequest> askForCoaching(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestBody NewCoachingRequest ask,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), ask, CoachingRequest.class,
				() -> coaching.ask(caller, teamId, ask), created -> URI.create("/api/v1/coaching-requests/" + created.id()));
	}

	@GetMapping("/api/v1/teams/{teamId}/coaching-requests")
	@Operation(summary = "A team's requests for help, open and handled, the latest first (its leads and members, coaches and admins)")
	List<CoachingRequest> listTeamCoachingRequests(@AuthenticationPrincipal Caller caller, @PathVariable long teamId) {
		return coaching.ofTeam(caller, teamId);
	}

	@GetMapping("/api/v1/coaching-requests/{id}")
	@Operation(summary = "A request for help (the asking team's leads and members, coaches and admins)")
	CoachingRequest showCoachingRequest(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return coaching.find(caller, id);
	}

	@GetMapping("/api/v1/coaching-requests")
	@Operation(summary = "The open requests for help, the oldest first (coaches and admins)")
	List<CoachingRequest> listCoachingRequests(@AuthenticationPrincipal Caller caller) {
		return coaching.open(caller);
	}

	@PostMapping("/api/v1/coaching-requests/{id}/handled")
	@Operation(summary = "Mark a request for help handled (coaches and admins)")
	CoachingRequest handleCoachingRequest(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return coaching.handle(caller, id);
	}
}
