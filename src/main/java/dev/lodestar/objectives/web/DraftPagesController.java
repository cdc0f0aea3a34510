package dev.lodestar.objectives.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.DraftConfirmation;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Confirming a draft from the objective's page: an accepted contribution request put it into the owners' OKRs,
 * and they take it as their own. A refusal (changed meanwhile, confirmed already) shows the page as it is now,
 * with the reason at its top.
 */
@Controller
class DraftPagesController {

	private final ObjectiveManagement objectives;

	private final KeyResultManagement keyResults;

	private final ObjectivePages pages;

	DraftPagesController(ObjectiveManagement objectives, KeyResultManagement keyResults, ObjectivePages pages) {
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.pages = pages;
	}

	@PostMapping("/objectives/{id}/confirm")
	String confirmObjective(Shell shell, @PathVariable long id, @RequestParam(required = false) Integer version, Model model,
			HttpServletResponse response) {
		try {
			objectives.confirm(shell.caller(), id, new DraftConfirmation(version));
			return "redirect:/objectives/" + id;
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			return refusedOn(shell, id, refused, model, response);
		}
	}

	@PostMapping("/key-results/{id}/confirm")
	String confirmKeyResult(Shell shell, @PathVariable long id, @RequestParam(required = false) Integer version, Model model,
			HttpServletResponse response) {
		long objectiveId = keyResults.findPlaced(shell.caller(), id)
			.orElseThrow(() -> new NotFoundException("key-result", id))
			.view().keyResult().objectiveId();
		try {
			keyResults.confirm(shell.caller(), id, new DraftConfirmation(version));
			return "redirect:/objectives/" + objectiveId + "#kr-" + id;
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			return refusedOn(shell, objectiveId, refused, model, response);
		}
	}

	private String refusedOn(Shell shell, long objectiveId, Problem refused, Model model, HttpServletResponse response) {
		var view = objectives.find(shell.caller(), objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
		FormErrors errors = FormErrors.of(refused, shell.t());
		List<String> messages = new ArrayList<>(errors.general());
		errors.fields().values().forEach(messages::addAll);
		response.setStatus(refused.status().value());
		model.addAttribute("page", pages.pageOf(shell, view).withNotices(messages.stream().distinct().toList()));
		return "objectives/objective-page";
	}
}
