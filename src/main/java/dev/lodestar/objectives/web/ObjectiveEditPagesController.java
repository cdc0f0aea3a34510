package dev.lodestar.objectives.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Rewording an objective, changing who sees it, or deleting it, for whoever may change it. Saving over someone
 * else's change is refused with 409 and shows what they saved beside what the reader typed.
 */
@Controller
class ObjectiveEditPagesController {

	private final ObjectiveManagement objectives;

	private final ChangeableObjectives changeable;

	private final ObjectiveChecks checks;

	private final EditObjectivePages pages;

	ObjectiveEditPagesController(ObjectiveManagement objectives, ChangeableObjectives changeable, ObjectiveChecks checks,
			EditObjectivePages pages) {
		this.objectives = objectives;
		this.changeable = changeable;
		this.checks = checks;
		this.pages = pages;
	}

	@GetMapping("/objectives/{id}/edit")
	String showObjectiveEditForm(Shell shell, @PathVariable long id, Model model) {
		Objective objective = changeable.require(shell, id).objective();
		model.addAttribute("page", pages.pageOf(shell, objective, ObjectiveForm.of(objective), FormErrors.none(), null));
		return "objectives/edit-objective-page";
	}

	@PostMapping("/objectives/{id}")
	String reviseObjective(Shell shell, @PathVariable long id, @ModelAttribute ObjectiveForm form, Model model,
			HttpServletResponse response) {
		try {
			objectives.revise(shell.caller(), id, form.toRevision());
			return "redirect:/objectives/" + id;
		}
		catch (NotFoundException absent) {
			throw absent;
		}
		catch (StaleVersionException changedMeanwhile) {
			Objective current = changeable.require(shell, id).objective();
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("page", pages.pageOf(shell, current, form.withVersion(current.version()),
					FormErrors.none(), current));
			return "objectives/edit-objective-page";
		}
		catch (Problem refused) {
			Objective current = changeable.require(shell, id).objective();
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", pages.pageOf(shell, current, form, FormErrors.of(refused, shell.t()), null));
			return "objectives/edit-objective-page";
		}
	}

	@PostMapping("/objectives/{id}/validate")
	String checkObjectiveRevision(Shell shell, @PathVariable long id, @ModelAttribute ObjectiveForm form,
			@RequestHeader(name = "HX-Trigger-Name", required = false) String typedIn, Model model) {
		model.addAttribute("page", checks.ofRevision(shell, form, typedIn));
		return "objectives/form-checks";
	}

	@GetMapping("/objectives/{id}/delete")
	String showObjectiveDeletion(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", new DeleteObjectivePage(shell, changeable.require(shell, id)));
		return "objectives/delete-objective-page";
	}

	@PostMapping("/objectives/{id}/delete")
	String deleteObjective(Shell shell, @PathVariable long id) {
		var cycleId = changeable.require(shell, id).objective().cycleId();
		objectives.delete(shell.caller(), id);
		return "redirect:/?cycle=" + cycleId;
	}
}
