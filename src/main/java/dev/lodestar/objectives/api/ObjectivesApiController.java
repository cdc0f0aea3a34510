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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.objectives.DraftConfirmation;
import dev.lodestar.objectives.NewObjective;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveRevision;
import dev.lodestar.objectives.ObjectiveSearch;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

@RestController
@Tag(name = "Objectives")
class ObjectivesApiController {

	private final ObjectiveManagement objectives;

	private final ObjectiveResponses responses;

	private final IdempotentRequests idempotent;

	ObjectivesApiController(ObjectiveManagement objectives, ObjectiveResponses responses, IdempotentRequests idempotent) {
		this.objectives = objectives;
		this.responses = responses;
		this.idempotent = idempotent;
	}

	@GetMapping("/api/v1/objectives")
	@Operation(summary = "Search the objectives you may see, newest first")
	Page<ObjectiveResponse> searchObjectives(@AuthenticationPrincipal Caller caller, Locale locale,
			@RequestParam(required = false) Long cycleId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long ownerTeamId, @RequestParam(required = false) Long ownerPersonId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var search = new ObjectiveSearch(cycleId, q, ownerTeamId, ownerPersonId);
		return objectives.search(caller, search, PageQuery.of(page, size)).map(view -> responses.of(view, locale));
	}

	@GetMapping("/api/v1/cycles/{cycleId}/overview")
	@Operation(summary = "Every objective of a cycle you may see, or one team's, with key results, latest check-ins and progress")
	CycleOverviewResponse showOverview(@AuthenticationPrincipal Caller caller, Locale locale, @PathVariable long cycleId,
			@RequestParam(required = false) Long teamId) {
		var overview = objectives.overview(caller, cycleId, teamId);
		return new CycleOverviewResponse(overview.cycle(),
				overview.objectives().stream().map(view -> responses.of(view, locale)).toList());
	}

	@GetMapping("/api/v1/objectives/{id}")
	ObjectiveResponse showObjective(@AuthenticationPrincipal Caller caller, Locale locale, @PathVariable long id) {
		return objectives.find(caller, id)
			.map(view -> responses.of(view, locale))
			.orElseThrow(() -> new NotFoundException("objective", id));
	}

	@PostMapping("/api/v1/objectives")
	@Operation(summary = "Set an objective for a team or a person; at most 5 per owner and cycle by default")
	ResponseEntity<ObjectiveResponse> createObjective(@AuthenticationPrincipal Caller caller, Locale locale,
			@RequestBody NewObjective objective, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), objective, ObjectiveResponse.class,
				() -> responses.of(objectives.create(caller, objective), locale),
				created -> URI.create("/api/v1/objectives/" + created.id()));
	}

	@PutMapping("/api/v1/objectives/{id}")
	@Operation(summary = "Reword an objective or change who sees it; a stale version is refused with 409")
	ObjectiveResponse reviseObjective(@AuthenticationPrincipal Caller caller, Locale locale, @PathVariable long id,
			@RequestBody ObjectiveRevision revision) {
		return responses.of(objectives.revise(caller, id, revision), locale);
	}

	@PostMapping("/api/v1/objectives/{id}/confirm")
	@Operation(summary = "Take a draft objective, put in by an accepted contribution request, as the owners' own")
	ObjectiveResponse confirmObjective(@AuthenticationPrincipal Caller caller, Locale locale, @PathVariable long id,
			@RequestBody DraftConfirmation confirmation) {
		return responses.of(objectives.confirm(caller, id, confirmation), locale);
	}

	@DeleteMapping("/api/v1/objectives/{id}")
	@Operation(summary = "Delete an objective with its key results and check-ins; the history keeps the record")
	ResponseEntity<Void> deleteObjective(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		objectives.delete(caller, id);
		return ResponseEntity.noContent().build();
	}
}
