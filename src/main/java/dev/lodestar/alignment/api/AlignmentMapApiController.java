package dev.lodestar.alignment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.alignment.AlignmentMap;
import dev.lodestar.alignment.AlignmentMapData;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "Alignment")
class AlignmentMapApiController {

	private final AlignmentMap map;

	AlignmentMapApiController(AlignmentMap map) {
		this.map = map;
	}

	@GetMapping("/api/v1/cycles/{cycleId}/alignment-map")
	@Operation(summary = "The alignment map of a cycle: teams, the people who own objectives, objectives with their progress, "
			+ "vertical links (SUPPORTS), agreed contributions (CONTRIBUTION) and open contribution requests (REQUESTED). "
			+ "With teamId, only that team's neighbourhood (two levels up, two down, and sideways); with aroundObjectiveId, "
			+ "what is one link away from that objective, to merge into a map already shown. An objective you may not see "
			+ "is a node with visible=false and nothing else.")
	AlignmentMapData showAlignmentMap(@AuthenticationPrincipal Caller caller, @PathVariable long cycleId,
			@Parameter(description = "show only this team's neighbourhood") @RequestParam(required = false) Long teamId,
			@Parameter(description = "show only what surrounds this objective") @RequestParam(required = false) Long aroundObjectiveId) {
		if (teamId != null && aroundObjectiveId != null) {
			throw InvalidInputException.of("aroundObjectiveId", "validation.alignment-map-one-view");
		}
		if (teamId != null) {
			return map.neighbourhood(caller, cycleId, teamId);
		}
		if (aroundObjectiveId != null) {
			return map.around(caller, aroundObjectiveId);
		}
		return map.wholeCycle(caller, cycleId);
	}
}
