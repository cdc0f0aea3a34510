package dev.lodestar.pulse.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.pulse.CurrentPulse;
import dev.lodestar.pulse.NewPulse;
import dev.lodestar.pulse.Pulse;
import dev.lodestar.pulse.PulseAnswer;
import dev.lodestar.pulse.PulseAnswered;
import dev.lodestar.pulse.PulseManagement;
import dev.lodestar.pulse.PulseResults;

/** The motivation pulse: opened and closed by admins, answered once by everyone, read only as tallies. */
@RestController
@Tag(name = "Pulse")
class PulsesApiController {

	private final PulseManagement pulses;

	private final IdempotentRequests idempotent;

	PulsesApiController(PulseManagement pulses, IdempotentRequests idempotent) {
		this.pulses = pulses;
		this.idempotent = idempotent;
	}

	@PostMapping("/api/v1/pulses")
	@Operation(summary = "Open the pulse of a cycle (admins); a cycle has at most one, and one pulse is open at a time")
	ResponseEntity<Pulse> openPulse(@AuthenticationPrincipal Caller caller, @RequestBody NewPulse pulse,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key, HttpServletRequest request) {
		return idempotent.create(caller, key, "POST " + request.getRequestURI(), pulse, Pulse.class,
				() -> pulses.open(caller, pulse), opened -> URI.create("/api/v1/pulses/" + opened.id()));
	}

	@PostMapping("/api/v1/pulses/{id}/close")
	@Operation(summary = "Close a pulse (admins); it takes no more answers")
	Pulse closePulse(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return pulses.close(caller, id);
	}

	@GetMapping("/api/v1/pulses")
	@Operation(summary = "Every pulse, the newest first, with its state and how many answered (never who)")
	List<Pulse> listPulses() {
		return pulses.list();
	}

	@GetMapping("/api/v1/pulses/{id}")
	@Operation(summary = "A pulse, with its state and how many answered (never who)")
	Pulse showPulse(@PathVariable long id) {
		return pulses.find(id);
	}

	@GetMapping("/api/v1/pulses/current")
	@Operation(summary = "The pulse open now: whether the caller answered it, and its questions in the caller's language; 204 when none is open")
	ResponseEntity<CurrentPulse> showCurrentPulse(@AuthenticationPrincipal Caller caller) {
		return pulses.current(caller).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/api/v1/pulses/{id}/answers")
	@Operation(summary = "Answer an open pulse, every question from 1 to 5, once (409 after); the answer is counted, not kept, and nothing about you is echoed")
	ResponseEntity<PulseAnswered> answerPulse(@AuthenticationPrincipal Caller caller, @PathVariable long id,
			@RequestBody PulseAnswer answer) {
		return ResponseEntity.status(HttpStatus.CREATED).body(pulses.answer(caller, id, answer));
	}

	@GetMapping("/api/v1/pulse/results")
	@Operation(summary = "A team's pulse over cycles (its people and admins), or without team the organisation's (everyone); "
			+ "a group is shown only when at least 5 answered and no smaller group can be worked out by subtraction")
	PulseResults showPulseResults(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long team) {
		return team == null ? pulses.resultsOfOrganisation() : pulses.resultsOfTeam(caller, team);
	}
}
