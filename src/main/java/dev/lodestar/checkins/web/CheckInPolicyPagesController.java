package dev.lodestar.checkins.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.checkins.CheckInPolicyManagement;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** Admins choose the weekday the organisation's check-in week starts on. */
@Controller
class CheckInPolicyPagesController {

	private final CheckInPolicyManagement policy;

	CheckInPolicyPagesController(CheckInPolicyManagement policy) {
		this.policy = policy;
	}

	@GetMapping("/admin/policy/check-ins")
	String showCheckInPolicy(Shell shell, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new CheckInPolicyPage(shell, CheckInPolicyForm.of(policy.current()), FormErrors.none(),
				"saved".equals(done) ? "admin.check-in-day.saved" : null));
		return "checkins/check-in-policy-page";
	}

	@PostMapping("/admin/policy/check-ins")
	String reviseCheckInPolicy(Shell shell, @ModelAttribute CheckInPolicyForm form, Model model, HttpServletResponse response) {
		try {
			policy.revise(shell.caller(), form.toPolicy());
			return "redirect:/admin/policy/check-ins?done=saved";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new CheckInPolicyPage(shell, form, FormErrors.of(refused, shell.t()), null));
			return "checkins/check-in-policy-page";
		}
	}
}
