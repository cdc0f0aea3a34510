package dev.lodestar.readiness.api;

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
import dev.lodestar.readiness.NewReadinessCheck;
import dev.lodestar.readiness.Questionnaire;
import dev.lodestar.readiness.ReadinessAnswers;
import dev.lodestar.readiness.ReadinessCheck;
import dev.lodestar.readiness.ReadinessHistoryEntry;
import dev.lodestar.readiness.ReadinessManagement;

/**
 * The team readiness check in the API. Answers go in without an Idempotency-Key on purpose: a stored replay would
 * keep the answers' fingerprint under the person's id (ADR 0015); a second send is refused with 409 instead.
 */
@RestController
@Tag(name = "Readiness")
class ReadinessApiController {

	private final ReadinessManagement readiness;

	private final IdempotentRequests idempotent;

	ReadinessApiController(ReadinessManagement readiness, IdempotentRequests idempotent) {
		this.readiness = readiness;
		this.idempotent = idempotent;
	}

	@PostMapping("/api/v1/teams/{teamId}/readiness-checks")
	@Operation(summary = "Open the team's readiness check in a cycle (its leads and admins); one per team and cycle")
	ResponseEntity<ReadinessCheck> openReadinessCheck(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestBody NewReadinessCheck check, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), check, ReadinessCheck.class,
				() -> readiness.open(caller, teamId, check), opened -> URI.create("/api/v1/readiness-checks/" + opened.id()));
	}

	@GetMapping("/api/v1/teams/{teamId}/readiness-checks")
	@Operation(summary = "The team's readiness checks by cycle, earliest first, with the three scores where a check has enough answers")
	List<ReadinessHistoryEntry> listReadinessChecks(@AuthenticationPrincipal Caller caller, @PathVariable long teamId) {
		return readiness.history(caller, teamId);
	}

	@GetMapping("/api/v1/readiness-checks/{id}")
	@Operation(summary = "A readiness check: its state, how many answered (never who), and where the team stands once at least 3 answered")
	ReadinessCheck showReadinessCheck(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return readiness.find(caller, id);
	}

	@PostMapping("/api/v1/readiness-checks/{id}/answers")
	@Operation(summary = "Answer the check, once, anonymously: every question's name with 1 (strongly disagree) to 5 (strongly agree)")
	ResponseEntity<Void> answerReadinessCheck(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody ReadinessAnswers answers) {
		readiness.answer(caller, id, answers);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/readiness-checks/{id}/close")
	@Operation(summary = "Close the check (its team's leads and admins): no more answers; it stays in the team's history")
	ReadinessCheck closeReadinessCheck(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return readiness.close(caller, id);
	}

	@GetMapping("/api/v1/readiness-questions")
	@Operation(summary = "The readiness questionnaire and its answer scale, in the caller's language")
	Questionnaire showReadinessQuestions(@AuthenticationPrincipal Caller caller) {
		return readiness.questionnaire(caller.locale());
	}
}
