package dev.lodestar.kpis.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.kpis.KeyResultHandover;
import dev.lodestar.kpis.KpiObjectives;
import dev.lodestar.kpis.KpiRecovery;
import dev.lodestar.kpis.NewHandover;
import dev.lodestar.kpis.NewRecovery;
import dev.lodestar.kpis.RecoveryStarted;
import dev.lodestar.kpis.api.KpiLifeCycleResponses.HandoverResponse;
import dev.lodestar.kpis.api.KpiLifeCycleResponses.RelateRequest;
import dev.lodestar.kpis.api.KpiLifeCycleResponses.RelatedKpiResponse;
import dev.lodestar.kpis.api.KpiLifeCycleResponses.RelatedObjectiveResponse;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;

/**
 * KPIs and objectives side by side, and the life cycle between them. Everything lives under {@code /api/v1/kpis}, the
 * space an appraisal-scoped token may call: nothing here answers with a score.
 */
@RestController
@Tag(name = "KPIs: objectives and the life cycle")
class KpiLifeCycleApiController {

	private final KpiObjectives relations;

	private final KpiRecovery recovery;

	private final KeyResultHandover handover;

	private final IdempotentRequests idempotent;

	KpiLifeCycleApiController(KpiObjectives relations, KpiRecovery recovery, KeyResultHandover handover,
			IdempotentRequests idempotent) {
		this.relations = relations;
		this.recovery = recovery;
		this.handover = handover;
		this.idempotent = idempotent;
	}

	@GetMapping("/api/v1/kpis/{id}/objectives")
	@Operation(summary = "The objectives a KPI is related to (for context, or as the recovery it started) that you may see")
	List<RelatedObjectiveResponse> listObjectives(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return relations.objectivesOf(caller, id).stream().map(RelatedObjectiveResponse::of).toList();
	}

	@PostMapping("/api/v1/kpis/{id}/objectives")
	@Operation(summary = "Relate a KPI to an objective for context, shown side by side; it never becomes a key result. For a steward of the KPI or whoever may change the objective")
	ResponseEntity<RelatedObjectiveResponse> relate(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody RelateRequest body, @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
			HttpServletRequest request) {
		if (body.objectiveId() == null) {
			throw InvalidInputException.of("objectiveId", "validation.NotNull");
		}
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), body, RelatedObjectiveResponse.class,
				() -> RelatedObjectiveResponse.of(relations.relate(caller, id, body.objectiveId())),
				created -> URI.create("/api/v1/kpis/" + id + "/objectives/" + created.objectiveId()));
	}

	@GetMapping("/api/v1/kpis/{id}/objectives/{objectiveId}")
	@Operation(summary = "One relation of a KPI to an objective you may see")
	RelatedObjectiveResponse showRelation(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@PathVariable long objectiveId) {
		return RelatedObjectiveResponse.of(relations.find(caller, id, objectiveId));
	}

	@DeleteMapping("/api/v1/kpis/{id}/objectives/{objectiveId}")
	@Operation(summary = "Unrelate a KPI and an objective; the relation of a recovery objective stays, as its provenance")
	ResponseEntity<Void> unrelate(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@PathVariable long objectiveId) {
		relations.unrelate(caller, id, objectiveId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/kpis/related-to-objective/{objectiveId}")
	@Operation(summary = "The KPIs related to an objective you may see, with health and latest measurement: context, never key results")
	List<RelatedKpiResponse> listRelatedToObjective(@AuthenticationPrincipal Caller caller,
			@PathVariable long objectiveId) {
		return relations.kpisOf(caller, objectiveId).stream().map(RelatedKpiResponse::of).toList();
	}

	@PostMapping("/api/v1/kpis/{id}/recovery-objective")
	@Operation(summary = "From a KPI in critical health, start a draft recovery objective for its owner in the open cycle, with a suggested title to rewrite; 409 when the KPI is not critical or no cycle is open")
	ResponseEntity<RecoveryStarted> startRecovery(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody(required = false) NewRecovery body,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		NewRecovery command = body == null ? NewRecovery.suggested() : body;
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), command, RecoveryStarted.class,
				() -> recovery.start(caller, id, command),
				started -> URI.create("/api/v1/objectives/" + started.objectiveId()));
	}

	@PostMapping("/api/v1/kpis/from-key-result/{keyResultId}")
	@Operation(summary = "Hand a key result whose check-ins reached its target over to a KPI of its objective's owner, with its metric and check-in history (one measurement per day); milestones, unreached and already handed-over key results are refused with 409")
	ResponseEntity<HandoverResponse> handOver(@AuthenticationPrincipal Caller caller, @PathVariable long keyResultId,
			@RequestBody(required = false) NewHandover body,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		NewHandover command = body == null ? NewHandover.suggested() : body;
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), command, HandoverResponse.class,
				() -> HandoverResponse.of(handover.handOver(caller, keyResultId, command)),
				created -> URI.create("/api/v1/kpis/" + created.id()));
	}
}
