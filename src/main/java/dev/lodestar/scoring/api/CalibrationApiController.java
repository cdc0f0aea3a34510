package dev.lodestar.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.scoring.CalibrationManagement;

@RestController
@Tag(name = "Scoring")
class CalibrationApiController {

	private final CalibrationManagement calibrations;

	CalibrationApiController(CalibrationManagement calibrations) {
		this.calibrations = calibrations;
	}

	@GetMapping("/api/v1/people/{id}/calibration")
	@Operation(summary = "A person's calibration over their personal objectives in every cycle: the gap between their self-scores and revealed peer feedback, confidence against final scores, and each cycle's score distribution against the healthy band 0.6–0.7. Only for that person, admins included")
	CalibrationResponse showPersonCalibration(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return CalibrationResponse.of(calibrations.ofPerson(caller, id));
	}

	@GetMapping("/api/v1/teams/{id}/calibration")
	@Operation(summary = "A team's calibration over the objectives it owns in every cycle, as for a person. Only for the team's members and leads, admins included")
	CalibrationResponse showTeamCalibration(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
		return CalibrationResponse.of(calibrations.ofTeam(caller, id));
	}
}
