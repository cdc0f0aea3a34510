package dev.lodestar.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.audit.History;
import dev.lodestar.audit.HistoryEntry;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

@RestController
@Tag(name = "History")
class HistoryApiController {

	private final History history;

	HistoryApiController(History history) {
		this.history = history;
	}

	@GetMapping("/api/v1/objectives/{id}/history")
	@Operation(summary = "Every change to the objective, its key results and check-ins: who, when, fields old → new")
	Page<HistoryEntry> showObjectiveHistory(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return history.ofObjective(caller, id, PageQuery.of(page, size));
	}

	@GetMapping("/api/v1/history")
	@Operation(summary = "Every change to a person, team, cycle, KPI or the caps (admins); subjectType PERSON, TEAM, CYCLE, KPI or CAPS")
	Page<HistoryEntry> showHistory(@AuthenticationPrincipal Caller caller, @RequestParam String subjectType,
			@RequestParam long subjectId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return history.ofSubject(caller, subjectType, subjectId, PageQuery.of(page, size));
	}
}
