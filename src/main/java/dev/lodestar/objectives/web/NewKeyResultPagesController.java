package dev.lodestar.objectives.web;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Adding a key result from its objective's page: the form (which explains the cap at once when the objective is
 * full), its checks while it is filled in, and the submit, which adds one key result however often it is sent.
 */
@Controller
class NewKeyResultPagesController {

	private final ChangeableObjectives changeable;

	private final KeyResultManagement keyResults;

	private final KeyResultChecks checks;

	private final KeyResultFormPages pages;

	private final IdempotentRequests idempotent;

	NewKeyResultPagesController(ChangeableObjectives changeable, KeyResultManagement keyResults, KeyResultChecks checks,
			KeyResultFormPages pages, IdempotentRequests idempotent) {
		this.changeable = changeable;
		this.keyResults = keyResults;
		this.checks = checks;
		this.pages = pages;
		this.idempotent = idempotent;
	}

	@GetMapping("/objectives/{id}/key-results/new")
	String showNewKeyResultForm(Shell shell, @PathVariable long id, Model model) {
		var form = KeyResultForm.blank(shell.caller().personId());
		model.addAttribute("page", pages.newPage(shell, changeable.require(shell, id), form, FormErrors.none()));
		return "objectives/new-key-result-page";
	}

	@PostMapping("/objectives/{id}/key-results")
	String addKeyResult(Shell shell, @PathVariable long id, @ModelAttribute KeyResultForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			KeyResultChecks.requireNumbers(form);
			var command = form.toNewKeyResult();
			idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command,
					Created.class, () -> new Created(keyResults.add(shell.caller(), id, command).keyResult().id()));
			return "redirect:/objectives/" + id;
		}
		catch (NotFoundException absent) {
			throw absent;
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", pages.newPage(shell, changeable.require(shell, id), form, FormErrors.of(refused, shell.t())));
			return "objectives/new-key-result-page";
		}
	}

	@PostMapping("/objectives/{id}/key-results/validate")
	String checkNewKeyResult(Shell shell, @PathVariable long id, @ModelAttribute KeyResultForm form,
			@RequestHeader(name = "HX-Trigger-Name", required = false) String typedIn, Model model) {
		model.addAttribute("page", checks.ofNew(shell, form, typedIn));
		return "objectives/form-checks";
	}
}
