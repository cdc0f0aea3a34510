package dev.lodestar.checkins.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.platform.web.Shell;

@Controller
class RecentCheckInsController {

	private static final int RECENT = 20;

	private final CheckInManagement checkIns;

	RecentCheckInsController(CheckInManagement checkIns) {
		this.checkIns = checkIns;
	}

	@GetMapping("/people/{id}/check-ins")
	String showRecentCheckIns(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", new RecentCheckInsFragment(shell, checkIns.recentBy(shell.caller(), id, RECENT)));
		return "checkins/recent-check-ins";
	}
}
