package dev.lodestar.kpis.api;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.kpis.KpiStatus;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

@RestController
@RequestMapping("/api/v1/kpis")
@Tag(name = "KPIs")
class KpisApiController {

	private final KpiManagement kpis;

	private final IdempotentRequests idempotent;

	KpisApiController(KpiManagement kpis, IdempotentRequests idempotent) {
		this.kpis = kpis;
		this.idempotent = idempotent;
	}

	@PostMapping
	@Operation(summary = "Define a KPI for a team (its leads) or a person; thresholds must be in order for the direction. "
			+ "Send an Idempotency-Key to make retries safe")
	ResponseEntity<KpiResponse> defineKpi(@AuthenticationPrincipal Caller caller, @RequestBody NewKpiRequest kpi,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), kpi, KpiResponse.class,
				() -> KpiResponse.of(kpis.status(kpis.define(caller, kpi.toCommand()).id())),
				created -> URI.create("/api/v1/kpis/" + created.id()));
	}

	@GetMapping
	@Operation(summary = "The organisation's KPI board by name, a page at a time, or one team's or one person's KPIs "
			+ "(teamId or personId), each with its health and recent measurements")
	Page<KpiResponse> listKpis(@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var query = PageQuery.of(page, size);
		if (teamId != null && personId != null) {
			throw InvalidInputException.of("personId", "validation.kpi-one-filter");
		}
		if (teamId == null && personId == null) {
			return kpis.all(query).map(KpiResponse::of);
		}
		List<KpiStatus> owned = teamId != null ? kpis.ofTeam(teamId) : kpis.ofPerson(personId);
		int from = (int) Math.min(query.offset(), owned.size());
		int to = Math.min(from + query.size(), owned.size());
		return Page.of(owned.subList(from, to), query, owned.size()).map(KpiResponse::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A KPI's definition, its health, its latest and its recent measurements")
	KpiResponse showKpi(@PathVariable long id) {
		return KpiResponse.of(kpis.status(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a KPI's definition (its stewards); send the version you read, a stale one is refused with 409")
	KpiResponse reviseKpi(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody KpiRevisionRequest revision) {
		kpis.revise(caller, id, revision.toCommand());
		return KpiResponse.of(kpis.status(id));
	}

	@PostMapping("/{id}/measurements")
	@Operation(summary = "Measure a KPI on a day; a day on or before the latest needs correction: true. "
			+ "Send an Idempotency-Key to make retries safe")
	ResponseEntity<MeasurementResponse> measureKpi(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody MeasurementRequest measurement,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), measurement, MeasurementResponse.class,
				() -> MeasurementResponse.of(kpis.measure(caller, id, measurement.toCommand())),
				created -> URI.create("/api/v1/kpis/" + id + "/measurements"));
	}

	@GetMapping("/{id}/measurements")
	@Operation(summary = "A KPI's whole series, one measurement per day (the newest row of a corrected day), oldest first")
	List<MeasurementResponse> listMeasurements(@PathVariable long id) {
		return kpis.series(id).stream().map(MeasurementResponse::of).toList();
	}
}
