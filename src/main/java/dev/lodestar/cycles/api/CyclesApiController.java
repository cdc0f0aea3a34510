package dev.lodestar.cycles.api;

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

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.cycles.CycleReopening;
import dev.lodestar.cycles.CycleRevision;
import dev.lodestar.cycles.CycleState;
import dev.lodestar.cycles.NewCycle;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

@RestController
@RequestMapping("/api/v1/cycles")
@Tag(name = "Cycles")
class CyclesApiController {

	private final CycleManagement cycles;

	private final IdempotentRequests idempotent;

	CyclesApiController(CycleManagement cycles, IdempotentRequests idempotent) {
		this.cycles = cycles;
		this.idempotent = idempotent;
	}

	@GetMapping
	@Operation(summary = "Cycles, newest first, optionally those whose name holds q or in one state")
	Page<Cycle> listCycles(@RequestParam(required = false) String q, @RequestParam(required = false) CycleState state,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return cycles.list(q, state, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	Cycle showCycle(@PathVariable long id) {
		return cycles.find(id).orElseThrow(() -> new NotFoundException("cycle", id));
	}

	@PostMapping
	@Operation(summary = "Plan a cycle (admins)")
	ResponseEntity<Cycle> planCycle(@AuthenticationPrincipal Caller caller, @RequestBody NewCycle cycle,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), cycle, Cycle.class,
				() -> cycles.plan(caller, cycle), created -> URI.create("/api/v1/cycles/" + created.id()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename, move, start or close a cycle (admins); a cycle never moves back")
	Cycle reviseCycle(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody CycleRevision revision) {
		return cycles.revise(caller, id, revision);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close an open cycle (admins and leads of top-level teams); its OKRs become read-only")
	Cycle closeCycle(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody CycleClosingRequest closing) {
		if (closing == null || closing.version() == null) {
			throw InvalidInputException.of("version", "validation.NotNull");
		}
		return cycles.close(caller, id, closing.version());
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Reopen a closed cycle (admins), with a reason kept in the cycle's history")
	Cycle reopenCycle(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody CycleReopening reopening) {
		return cycles.reopen(caller, id, reopening);
	}
}
