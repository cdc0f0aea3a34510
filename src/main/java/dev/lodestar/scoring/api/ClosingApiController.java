package dev.lodestar.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.scoring.CloseOut;
import dev.lodestar.scoring.ClosingManagement;
import dev.lodestar.scoring.FinalScoreCall;

@RestController
@Tag(name = "Closing")
class ClosingApiController {

	private final ClosingManagement closing;

	ClosingApiController(ClosingManagement closing) {
		this.closing = closing;
	}

	@PostMapping("/api/v1/cycles/{id}/final-scores-call")
	@Operation(summary = "Ask owners for final scores (admins and leads of top-level teams); new scores in the cycle are final from then on; asking again changes nothing")
	FinalScoreCall askForFinalScores(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return closing.askForFinalScores(caller, id);
	}

	@GetMapping("/api/v1/cycles/{id}/closing")
	@Operation(summary = "Where the cycle stands before closing (admins and leads of top-level teams): whether final scores were asked for, and key results you may see still without a final score, by owner")
	CloseOut showCloseOut(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return closing.closeOut(caller, id);
	}
}
