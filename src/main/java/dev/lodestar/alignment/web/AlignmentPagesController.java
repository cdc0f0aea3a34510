package dev.lodestar.alignment.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.alignment.AlignmentManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The alignment section of an objective's page, loaded into it with htmx: what the objective supports and what
 * supports it, and for the owners the ways to change that. Every change answers with the whole section again, so
 * the lists, the roll-up and the form always agree; a refusal answers 422 with its message where it belongs.
 */
@Controller
class AlignmentPagesController {

	private static final String SECTION = "alignment/objective-alignment";

	private final AlignmentManagement alignment;

	private final AlignmentSections sections;

	private final IdempotentRequests idempotent;

	AlignmentPagesController(AlignmentManagement alignment, AlignmentSections sections, IdempotentRequests idempotent) {
		this.alignment = alignment;
		this.sections = sections;
		this.idempotent = idempotent;
	}

	@GetMapping("/objectives/{id}/alignment")
	String showAlignment(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", sections.sectionOf(shell, id));
		return SECTION;
	}

	@GetMapping("/objectives/{id}/alignment/parent-options")
	String showParentOptions(Shell shell, @PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) String parent, Model model) {
		model.addAttribute("page", sections.optionsOf(shell, id, new AlignmentForm(q, parent, null)));
		return "alignment/parent-options";
	}

	@PostMapping("/objectives/{id}/alignment-links")
	String linkObjective(Shell shell, @PathVariable long id, @ModelAttribute AlignmentForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			var command = form.toCommand();
			// Only the id is kept for a resent form: the section shows the links anew either way.
			idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command, Long.class,
					() -> alignment.link(shell.caller(), id, command).id());
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", sections.sectionOf(shell, id, form, FormErrors.of(refused, shell.t()), List.of(), true));
			return SECTION;
		}
		model.addAttribute("page", sections.sectionOf(shell, id));
		return SECTION;
	}

	/** A stale switch (someone else switched it meanwhile) is refused and the section shows the link as it is now. */
	@PostMapping("/objectives/{id}/alignment-links/{linkId}/roll-up")
	String switchRollUp(Shell shell, @PathVariable long id, @PathVariable long linkId, @ModelAttribute RollUpForm form,
			Model model, HttpServletResponse response) {
		try {
			alignment.revise(shell.caller(), linkId, form.toRevision());
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", sections.sectionOf(shell, id, AlignmentForm.empty(), FormErrors.none(),
					messagesOf(refused, shell), false));
			return SECTION;
		}
		model.addAttribute("page", sections.sectionOf(shell, id));
		return SECTION;
	}

	@PostMapping("/objectives/{id}/alignment-links/{linkId}/delete")
	String removeLink(Shell shell, @PathVariable long id, @PathVariable long linkId, Model model) {
		alignment.unlink(shell.caller(), linkId);
		model.addAttribute("page", sections.sectionOf(shell, id));
		return SECTION;
	}

	private static List<String> messagesOf(Problem refused, Shell shell) {
		FormErrors errors = FormErrors.of(refused, shell.t());
		List<String> messages = new ArrayList<>(errors.general());
		errors.fields().values().forEach(messages::addAll);
		return messages.stream().distinct().toList();
	}
}
