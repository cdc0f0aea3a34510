package dev.lodestar.pulse.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.pulse.PulseAnswer;
import dev.lodestar.pulse.PulseManagement;
import dev.lodestar.pulse.PulseQuestion;

/**
 * The pulse as people meet it: a line on the home page while one is open, and the page that answers it. The form
 * carries no idempotency key on purpose: a stored request would sit beside its author (ADR 0016); a repeated post is
 * refused as a second answer instead.
 */
@Controller
class PulsePagesController {

	private static final String PAGE = "pulse/pulse-page";

	private final PulseManagement pulses;

	PulsePagesController(PulseManagement pulses) {
		this.pulses = pulses;
	}

	@GetMapping("/home/pulse-notice")
	String showNotice(Shell shell, Model model) {
		model.addAttribute("page", new PulseNotice(shell, pulses.current(shell.caller()).orElse(null)));
		return "pulse/pulse-notice";
	}

	@GetMapping("/pulse")
	String showPulse(Shell shell, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new PulsePage(shell, pulses.current(shell.caller()).orElse(null), Map.of(),
				FormErrors.none(), "answered".equals(done) ? "pulse.thanks" : null));
		return PAGE;
	}

	@PostMapping("/pulse/{id}/answers")
	String answer(Shell shell, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		Map<String, String> chosen = new HashMap<>();
		Map<String, Integer> answers = new HashMap<>();
		for (PulseQuestion question : PulseQuestion.values()) {
			String value = form.get(question.name());
			if (value != null && !value.isBlank()) {
				chosen.put(question.name(), value);
				answers.put(question.name(), parse(value));
			}
		}
		try {
			pulses.answer(shell.caller(), id, new PulseAnswer(answers));
			return "redirect:/pulse?done=answered";
		}
		catch (Problem refused) {
			response.setStatus(refused.status() == HttpStatus.BAD_REQUEST ? HttpStatus.UNPROCESSABLE_CONTENT.value()
					: refused.status().value());
			model.addAttribute("page", new PulsePage(shell, pulses.current(shell.caller()).orElse(null), chosen,
					FormErrors.of(refused, shell.t()), null));
			return PAGE;
		}
	}

	/** Anything but a whole number is out of range, and refused as such. */
	private static Integer parse(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}
}
