package dev.lodestar.objectives.web;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.Owner;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Setting an objective: the form (for me, or for one of my teams), its checks while it is filled in, and the
 * submit. A repeated submit with the same key leads to the objective the first one set.
 */
@Controller
class NewObjectivePagesController {

	private final ObjectiveManagement objectives;

	private final ObjectiveChecks checks;

	private final ObjectiveFormChoices choices;

	private final IdempotentRequests idempotent;

	NewObjectivePagesController(ObjectiveManagement objectives, ObjectiveChecks checks, ObjectiveFormChoices choices,
			IdempotentRequests idempotent) {
		this.objectives = objectives;
		this.checks = checks;
		this.choices = choices;
		this.idempotent = idempotent;
	}

	@GetMapping("/objectives/new")
	String showNewObjectiveForm(Shell shell, @RequestParam(required = false) Long cycle,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long person, Model model) {
		Long cycleId = choices.openCycleOrCurrent(cycle);
		Owner owner = team != null ? Owner.team(team) : Owner.person(person != null ? person : shell.caller().personId());
		model.addAttribute("page", page(shell, ObjectiveForm.blank(cycleId, owner), FormErrors.none()));
		return "objectives/new-objective-page";
	}

	@PostMapping("/objectives")
	String createObjective(Shell shell, @ModelAttribute ObjectiveForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			var command = form.toNewObjective();
			var created = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(),
					command, Created.class, () -> new Created(objectives.create(shell.caller(), command).objective().id()));
			return "redirect:/objectives/" + created.id();
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(shell, form, FormErrors.of(refused, shell.t())));
			return "objectives/new-objective-page";
		}
	}

	@PostMapping("/objectives/validate")
	String checkNewObjective(Shell shell, @ModelAttribute ObjectiveForm form,
			@RequestHeader(name = "HX-Trigger-Name", required = false) String typedIn, Model model) {
		model.addAttribute("page", checks.ofNew(shell, form, typedIn));
		return "objectives/form-checks";
	}

	private NewObjectivePage page(Shell shell, ObjectiveForm form, FormErrors errors) {
		Long cycleId = FormValues.whole(form.cycle());
		var people = choices.people();
		var viewers = form.toNewObjective().viewerIds();
		return new NewObjectivePage(shell, form, errors, choices.cycles(shell, cycleId),
				choices.owners(shell, form.chosenOwner(), people), choices.viewers(shell, viewers, people),
				checks.capNotice(shell, cycleId, form.chosenOwner()));
	}
}
