package dev.lodestar.objectives.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.Shell;

/** One objective: the page, and its progress again when a check-in moved it. A private one is absent to strangers. */
@Controller
class ObjectivePagesController {

	private final ObjectiveManagement objectives;

	private final ObjectivePages pages;

	ObjectivePagesController(ObjectiveManagement objectives, ObjectivePages pages) {
		this.objectives = objectives;
		this.pages = pages;
	}

	@GetMapping("/objectives/{id}")
	String showObjective(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", pages.pageOf(shell, visible(shell, id)));
		return "objectives/objective-page";
	}

	@GetMapping("/objectives/{id}/progress")
	String showObjectiveProgress(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", new ObjectiveProgressFragment(shell, visible(shell, id)));
		return "objectives/objective-progress-fragment";
	}

	private ObjectiveView visible(Shell shell, long id) {
		return objectives.find(shell.caller(), id).orElseThrow(() -> new NotFoundException("objective", id));
	}
}
