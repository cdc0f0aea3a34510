package dev.lodestar.alignment.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.alignment.ContributionManagement;
import dev.lodestar.alignment.NewContributionRequest;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Asking another team to contribute to one of the asking team's key results: the form, the asked team's
 * objectives for a proposed key result (loaded when the asked team is chosen), and the submit. A repeated submit
 * with the same key leads to the request the first one made.
 */
@Controller
class AskContributionPagesController {

	private final ContributionManagement contributions;

	private final KeyResultManagement keyResults;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	private final ContributionChoices choices;

	private final IdempotentRequests idempotent;

	AskContributionPagesController(ContributionManagement contributions, KeyResultManagement keyResults,
			TeamManagement teams, CycleManagement cycles, ContributionChoices choices, IdempotentRequests idempotent) {
		this.contributions = contributions;
		this.keyResults = keyResults;
		this.teams = teams;
		this.cycles = cycles;
		this.choices = choices;
		this.idempotent = idempotent;
	}

	@GetMapping("/contribution-requests/new")
	String showAskForm(Shell shell, @RequestParam(required = false) Long keyResult,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long cycle, Model model) {
		Long askingTeam = team;
		Long cycleId = cycle;
		if (keyResult != null) {
			var placed = keyResults.findPlaced(shell.caller(), keyResult)
				.orElseThrow(() -> new NotFoundException("key-result", keyResult));
			askingTeam = placed.objectiveOwner().teamId();
			cycleId = placed.cycleId();
		}
		if (askingTeam == null) {
			askingTeam = shell.caller().teamIds().stream().sorted().findFirst().orElse(null);
		}
		if (cycleId == null) {
			cycleId = cycles.chooseOrCurrent(null).map(Cycle::id).orElse(null);
		}
		model.addAttribute("page", page(shell, ContributionForm.blank(askingTeam, cycleId, keyResult), FormMessages.none()));
		return "alignment/ask-contribution-page";
	}

	@PostMapping("/contribution-requests")
	String ask(Shell shell, @ModelAttribute ContributionForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		NewContributionRequest command = form.toNewRequest();
		try {
			var asked = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command,
					Asked.class, () -> new Asked(contributions.ask(shell.caller(), command).id()));
			return "redirect:/contribution-requests/" + asked.id();
		}
		catch (Problem refused) {
			response.setStatus(refused.status() == HttpStatus.BAD_REQUEST ? HttpStatus.UNPROCESSABLE_CONTENT.value()
					: refused.status().value());
			model.addAttribute("page", page(shell, form, new FormMessages(FormErrors.of(refused, shell.t()))));
			return "alignment/ask-contribution-page";
		}
	}

	@GetMapping("/contribution-requests/objective-options")
	String showObjectiveOptions(Shell shell, @RequestParam(required = false) Long team,
			@RequestParam(required = false) Long askedTeam, @RequestParam(required = false) Long cycle,
			@RequestParam(required = false) String objective, Model model) {
		Long chosenTeam = team != null ? team : askedTeam;
		model.addAttribute("page", new ObjectiveOptions(shell, choices.objectivesOf(shell.caller(), cycle, chosenTeam),
				objective == null ? "" : objective));
		return "alignment/objective-options";
	}

	private AskContributionPage page(Shell shell, ContributionForm form, FormMessages messages) {
		Long askingTeam = ContributionForm.whole(form.askingTeam());
		Long cycleId = ContributionForm.whole(form.cycle());
		String askingName = askingTeam == null ? null : teams.namesOf(List.of(askingTeam)).get(askingTeam);
		return new AskContributionPage(shell, askingName, form, messages,
				choices.servedKeyResults(shell.caller(), cycleId, askingTeam), choices.otherTeams(askingTeam),
				choices.objectivesOf(shell.caller(), cycleId, ContributionForm.whole(form.askedTeam())));
	}
}
