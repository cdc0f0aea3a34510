package dev.lodestar.objectives.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.ObjectiveCaps;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** Admins tune the caps within 1 to 10; the principle, focus on few objectives, is not theirs to change. */
@Controller
class CapsPagesController {

	private final ObjectiveCaps caps;

	CapsPagesController(ObjectiveCaps caps) {
		this.caps = caps;
	}

	@GetMapping("/admin/policy/caps")
	String showCaps(Shell shell, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new CapsPage(shell, CapsForm.of(caps.current()), FormErrors.none(),
				"saved".equals(done) ? "admin.caps.saved" : null));
		return "objectives/caps-page";
	}

	@PostMapping("/admin/policy/caps")
	String reviseCaps(Shell shell, @ModelAttribute CapsForm form, Model model, HttpServletResponse response) {
		try {
			caps.revise(shell.caller(), form.toCaps());
			return "redirect:/admin/policy/caps?done=saved";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new CapsPage(shell, form, FormErrors.of(refused, shell.t()), null));
			return "objectives/caps-page";
		}
	}
}
