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

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Changing or removing a key result from its objective's page, for whoever may change the objective. Saving over
 * someone else's change is refused with 409 and shows what they saved beside what the reader typed.
 */
@Controller
class KeyResultEditPagesController {

	/** A key result with the objective it belongs to, which decides who may change it. */
	private record Placed(KeyResult keyResult, ObjectiveView objective) {
	}

	private final KeyResultManagement keyResults;

	private final ChangeableObjectives changeable;

	private final KeyResultChecks checks;

	private final KeyResultFormPages pages;

	KeyResultEditPagesController(KeyResultManagement keyResults, ChangeableObjectives changeable, KeyResultChecks checks,
			KeyResultFormPages pages) {
		this.keyResults = keyResults;
		this.changeable = changeable;
		this.checks = checks;
		this.pages = pages;
	}

	@GetMapping("/key-results/{id}/edit")
	String showKeyResultEditForm(Shell shell, @PathVariable long id, Model model) {
		Placed placed = placed(shell, id);
		model.addAttribute("page", page(shell, placed, KeyResultForm.of(placed.keyResult()), FormErrors.none(), null));
		return "objectives/edit-key-result-page";
	}

	@PostMapping("/key-results/{id}")
	String reviseKeyResult(Shell shell, @PathVariable long id, @ModelAttribute KeyResultForm form, Model model,
			HttpServletResponse response) {
		try {
			KeyResultChecks.requireNumbers(form);
			var revised = keyResults.revise(shell.caller(), id, form.toRevision());
			return "redirect:/objectives/" + revised.keyResult().objectiveId();
		}
		catch (NotFoundException absent) {
			throw absent;
		}
		catch (StaleVersionException changedMeanwhile) {
			Placed current = placed(shell, id);
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("page", page(shell, current, form.withVersion(current.keyResult().version()),
					FormErrors.none(), current.keyResult()));
			return "objectives/edit-key-result-page";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(shell, placed(shell, id), form, FormErrors.of(refused, shell.t()), null));
			return "objectives/edit-key-result-page";
		}
	}

	@PostMapping("/key-results/{id}/validate")
	String checkKeyResultRevision(Shell shell, @PathVariable long id, @ModelAttribute KeyResultForm form,
			@RequestHeader(name = "HX-Trigger-Name", required = false) String typedIn, Model model) {
		model.addAttribute("page", checks.ofRevision(shell, form, typedIn));
		return "objectives/form-checks";
	}

	@GetMapping("/key-results/{id}/delete")
	String showKeyResultRemoval(Shell shell, @PathVariable long id, Model model) {
		Placed placed = placed(shell, id);
		model.addAttribute("page", new DeleteKeyResultPage(shell, placed.objective(), placed.keyResult()));
		return "objectives/delete-key-result-page";
	}

	@PostMapping("/key-results/{id}/delete")
	String removeKeyResult(Shell shell, @PathVariable long id) {
		long objectiveId = placed(shell, id).objective().objective().id();
		keyResults.remove(shell.caller(), id);
		return "redirect:/objectives/" + objectiveId;
	}

	private Placed placed(Shell shell, long id) {
		KeyResult keyResult = keyResults.visible(shell.caller(), id).orElseThrow(() -> new NotFoundException("key-result", id));
		return new Placed(keyResult, changeable.require(shell, keyResult.objectiveId()));
	}

	private EditKeyResultPage page(Shell shell, Placed placed, KeyResultForm form, FormErrors errors, KeyResult current) {
		return pages.editPage(shell, placed.objective(), placed.keyResult(), form, errors, current);
	}
}
