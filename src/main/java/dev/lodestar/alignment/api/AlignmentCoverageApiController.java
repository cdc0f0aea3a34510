package dev.lodestar.alignment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.alignment.AlignmentCoverage;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "Alignment")
class AlignmentCoverageApiController {

	private static final int MAX_LIMIT = 1000;

	private final AlignmentCoverage coverage;

	AlignmentCoverageApiController(AlignmentCoverage coverage) {
		this.coverage = coverage;
	}

	@GetMapping("/api/v1/cycles/{cycleId}/alignment-coverage")
	@Operation(summary = "Alignment coverage of a cycle, for the organisation (with a line per team) or one team (teamId: the objectives it owns, the requests it asks or is asked): the share aligned upward, the objectives nothing supports, those that support nothing, and contribution requests waiting more than 7 days. Only objectives you may see count. The two objective lists hold at most `limit` objectives (100 unless said, up to 1000); their counts count all")
	AlignmentCoverageResponse showAlignmentCoverage(@AuthenticationPrincipal Caller caller, @PathVariable long cycleId,
			@RequestParam(required = false) Long teamId, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw InvalidInputException.of("limit", "validation.list-limit", MAX_LIMIT);
		}
		return AlignmentCoverageResponse.of(teamId == null ? coverage.ofOrganisation(caller, cycleId)
				: coverage.ofTeam(caller, cycleId, teamId), limit);
	}
}
