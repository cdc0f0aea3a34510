package dev.lodestar.scoring.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.Calibration;
import dev.lodestar.scoring.CalibrationManagement;

/** Calibration pages: a person's for that person alone, a team's for its members and leads alone. */
@Controller
class CalibrationPagesController {

	private final CalibrationManagement calibrations;

	private final CalibrationCharts charts;

	CalibrationPagesController(CalibrationManagement calibrations, CalibrationCharts charts) {
		this.calibrations = calibrations;
		this.charts = charts;
	}

	@GetMapping("/people/{id}/calibration")
	String showPersonCalibration(Shell shell, @PathVariable long id, Model model) {
		return page(shell, calibrations.ofPerson(shell.caller(), id), model);
	}

	@GetMapping("/teams/{id}/calibration")
	String showTeamCalibration(Shell shell, @PathVariable long id, Model model) {
		return page(shell, calibrations.ofTeam(shell.caller(), id), model);
	}

	/** The home page loads this, so the objectives module need not know that calibration exists. */
	@GetMapping("/home/calibration-link")
	String showHomeLink(Shell shell, Model model) {
		model.addAttribute("page", new CalibrationHomeLink(shell));
		return "scoring/calibration-home-link";
	}

	private String page(Shell shell, Calibration calibration, Model model) {
		model.addAttribute("page", new CalibrationPage(shell, calibration,
				charts.chartOf(calibration.distributions(), shell.t())));
		return "scoring/calibration-page";
	}
}
