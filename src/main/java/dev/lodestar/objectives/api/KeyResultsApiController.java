package dev.lodestar.objectives.api;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.objectives.DraftConfirmation;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.KeyResultRevision;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "Key results")
class KeyResultsApiController {

	private final KeyResultManagement keyResults;

	private final ObjectiveResponses responses;

	private final IdempotentRequests idempotent;

	KeyResultsApiController(KeyResultManagement keyResults, ObjectiveResponses responses, IdempotentRequests idempotent) {
		this.keyResults = keyResults;
		this.responses = responses;
		this.idempotent = idempotent;
	}

	@PostMapping("/api/v1/objectives/{objectiveId}/key-results")
	@Operation(summary = "Add a key result; at most 4 per objective by default")
	ResponseEntity<KeyResultResponse> addKeyResult(@AuthenticationPrincipal Caller caller, Locale locale,
			@PathVariable long objectiveId, @RequestBody NewKeyResult keyResult,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), keyResult, KeyResultResponse.class,
				() -> responses.of(keyResults.add(caller, objectiveId, keyResult), locale),
				created -> URI.create("/api/v1/key-results/" + created.id()));
	}

	@GetMapping("/api/v1/key-results/{id}")
	KeyResultResponse showKeyResult(@AuthenticationPrincipal Caller caller, Locale locale, @PathVariable long id) {
		return keyResults.find(caller, id)
			.map(view -> responses.of(view, locale))
			.orElseThrow(() -> new NotFoundException("key-result", id));
	}

	@PutMapping("/api/v1/key-results/{id}")
	@Operation(summary = "Change a key result or move it to another objective of the same cycle; a stale version is refused with 409")
	KeyResultResponse reviseKeyResult(@AuthenticationPrincipal Caller caller, Locale locale, @PathVariable long id,
			@RequestBody KeyResultRevision revision) {
		return responses.of(keyResults.revise(caller, id, revision), locale);
	}

	@PostMapping("/api/v1/key-results/{id}/confirm")
	@Operation(summary = "Take a draft key result, put in by an accepted contribution request, as the owners' own")
	KeyResultResponse confirmKeyResult(@AuthenticationPrincipal Caller caller, Locale locale, @PathVariable long id,
			@RequestBody DraftConfirmation confirmation) {
		return responses.of(keyResults.confirm(caller, id, confirmation), locale);
	}

	@DeleteMapping("/api/v1/key-results/{id}")
	ResponseEntity<Void> removeKeyResult(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		keyResults.remove(caller, id);
		return ResponseEntity.noContent().build();
	}
}
