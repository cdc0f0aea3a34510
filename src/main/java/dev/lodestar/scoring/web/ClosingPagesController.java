package dev.lodestar.scoring.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.ClosingManagement;

/**
 * Closing a cycle, for admins and leads of top-level teams: the close-out page and its two actions. Owners are
 * reminded on their home page, through a fragment the objectives module loads without knowing about scores.
 */
@Controller
class ClosingPagesController {

	private final ClosingManagement closing;

	ClosingPagesController(ClosingManagement closing) {
		this.closing = closing;
	}

	@GetMapping("/cycles/{id}/closing")
	String showCloseOut(Shell shell, @PathVariable long id, @RequestParam(required = false) String done, Model model) {
		String notice = "asked".equals(done) || "closed".equals(done) ? "closing.done." + done : null;
		model.addAttribute("page", new ClosingPage(shell, closing.closeOut(shell.caller(), id), notice, FormErrors.none()));
		return "scoring/closing-page";
	}

	@PostMapping("/cycles/{id}/final-scores-call")
	String askForFinalScores(Shell shell, @PathVariable long id, Model model, HttpServletResponse response) {
		try {
			closing.askForFinalScores(shell.caller(), id);
			return "redirect:/cycles/" + id + "/closing?done=asked";
		}
		catch (Problem refused) {
			return refused(shell, id, refused, model, response);
		}
	}

	@PostMapping("/cycles/{id}/close")
	String closeCycle(Shell shell, @PathVariable long id, @RequestParam(required = false) Integer version, Model model,
			HttpServletResponse response) {
		try {
			if (version == null) {
				throw InvalidInputException.of("version", "validation.NotNull");
			}
			closing.close(shell.caller(), id, version);
			return "redirect:/cycles/" + id + "/closing?done=closed";
		}
		catch (Problem refused) {
			return refused(shell, id, refused, model, response);
		}
	}

	@GetMapping("/home/final-scores")
	String showReminder(Shell shell, Model model) {
		model.addAttribute("page", new FinalScoresReminder(shell, closing.awaitedFrom(shell.caller()),
				closing.closableNow(shell.caller()).orElse(null)));
		return "scoring/closing-home";
	}

	/** Not allowed stays a 403; anything else shows the page again with the reason, as a refused form. */
	private String refused(Shell shell, long id, Problem refused, Model model, HttpServletResponse response) {
		if (refused.status() == HttpStatus.FORBIDDEN || refused.status() == HttpStatus.NOT_FOUND) {
			throw refused;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("page", new ClosingPage(shell, closing.closeOut(shell.caller(), id), null,
				FormErrors.of(refused, shell.t())));
		return "scoring/closing-page";
	}
}
