package dev.lodestar.scoring.api;

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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.scoring.ReviewBoard;
import dev.lodestar.scoring.ReviewDecision;
import dev.lodestar.scoring.ReviewDecisionInput;
import dev.lodestar.scoring.ReviewManagement;
import dev.lodestar.scoring.ReviewTransition;
import dev.lodestar.scoring.ReviewsOfTeam;
import dev.lodestar.scoring.ScoreFeedback;
import dev.lodestar.scoring.ScoreFeedbackInput;
import dev.lodestar.scoring.WeeklyReview;

@RestController
@Tag(name = "Weekly reviews")
class ReviewApiController {

	private final ReviewManagement reviews;

	private final LiveUpdates live;

	private final IdempotentRequests idempotent;

	ReviewApiController(ReviewManagement reviews, LiveUpdates live, IdempotentRequests idempotent) {
		this.reviews = reviews;
		this.live = live;
		this.idempotent = idempotent;
	}

	@PostMapping("/api/v1/teams/{teamId}/reviews")
	@Operation(summary = "Open this week's review of the team (a lead or an admin) in the cycle running today; when it is open already, that review is the answer")
	ResponseEntity<WeeklyReview> openReview(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), teamId, WeeklyReview.class,
				() -> reviews.open(caller, teamId), opened -> URI.create("/api/v1/reviews/" + opened.id()));
	}

	@GetMapping("/api/v1/teams/{teamId}/reviews")
	@Operation(summary = "The team's review of this week, if opened, and its latest reviews (its members, leads and admins)")
	ReviewsOfTeam listReviews(@AuthenticationPrincipal Caller caller, @PathVariable long teamId) {
		return reviews.ofTeam(caller, teamId);
	}

	@GetMapping("/api/v1/reviews/{id}")
	@Operation(summary = "The review's board as the caller may see it: others' feedback is a count only until the lead reveals it")
	ReviewBoard showReview(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return reviews.board(caller, id);
	}

	@PostMapping("/api/v1/reviews/{id}/attendance")
	@Operation(summary = "Join the review while it runs: the caller's attendance is recorded once")
	ResponseEntity<Void> attend(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		reviews.attend(caller, id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/reviews/{id}/feedback/{keyResultId}")
	@Operation(summary = "Give or change (before the reveal, with its version; 0 for new) your feedback on a teammate's current score: agree, or the score you would give with a comment")
	ScoreFeedback giveFeedback(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable long keyResultId,
			@RequestBody ScoreFeedbackInput feedback) {
		return reviews.giveFeedback(caller, id, keyResultId, feedback);
	}

	@PostMapping("/api/v1/reviews/{id}/reveal")
	@Operation(summary = "Reveal all feedback at once (the lead), as of the review's version")
	WeeklyReview reveal(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody ReviewTransition transition) {
		return reviews.reveal(caller, id, transition);
	}

	@PostMapping("/api/v1/reviews/{id}/decisions")
	@Operation(summary = "Record a decision (the lead), optionally about a key result of the board, until the review is closed")
	ResponseEntity<ReviewDecision> decide(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody ReviewDecisionInput decision, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), decision, ReviewDecision.class,
				() -> reviews.decide(caller, id, decision), recorded -> URI.create("/api/v1/reviews/" + id));
	}

	@PostMapping("/api/v1/reviews/{id}/close")
	@Operation(summary = "Close the review (the lead), as of its version: it becomes history")
	WeeklyReview close(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody ReviewTransition transition) {
		return reviews.close(caller, id, transition);
	}

	@GetMapping(path = "/api/v1/reviews/{id}/events", produces = "text/event-stream")
	@Operation(summary = "Server-Sent Events: a bare review-changed event whenever the review changes; fetch the board again to see what changed")
	SseEmitter followReview(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return live.subscribe(reviews.find(caller, id).topic());
	}
}
