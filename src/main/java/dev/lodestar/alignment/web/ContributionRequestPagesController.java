package dev.lodestar.alignment.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.lodestar.alignment.ContributionAction;
import dev.lodestar.alignment.ContributionManagement;
import dev.lodestar.alignment.ContributionRequest;
import dev.lodestar.alignment.ContributionSide;
import dev.lodestar.alignment.ContributionStep;
import dev.lodestar.alignment.ContributionThread;
import dev.lodestar.alignment.Proposal;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * A contribution request's page and its steps: accept, counter, decline, withdraw. The page offers only the steps
 * the state machine allows the reader now; a step refused all the same (someone answered meanwhile, a rule) shows
 * the page again with the reason, and changes nothing.
 */
@Controller
class ContributionRequestPagesController {

	private static final Map<String, ContributionAction> ACTIONS = Map.of("accept", ContributionAction.ACCEPTED, "counter",
			ContributionAction.COUNTERED, "decline", ContributionAction.DECLINED, "withdraw", ContributionAction.WITHDRAWN);

	private final ContributionManagement contributions;

	private final KeyResultManagement keyResults;

	private final ObjectiveSummaries summaries;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final ContributionChoices choices;

	ContributionRequestPagesController(ContributionManagement contributions, KeyResultManagement keyResults,
			ObjectiveSummaries summaries, TeamManagement teams, PeopleManagement people, ContributionChoices choices) {
		this.contributions = contributions;
		this.keyResults = keyResults;
		this.summaries = summaries;
		this.teams = teams;
		this.people = people;
		this.choices = choices;
	}

	@GetMapping("/contribution-requests/{id}")
	String showRequest(Shell shell, @PathVariable long id, Model model) {
		ContributionThread thread = contributions.find(shell.caller(), id);
		ContributionRequest request = thread.request();
		model.addAttribute("page", page(shell, thread,
				ContributionForm.answering(request.proposal(), request.version()), null, FormMessages.none()));
		return "alignment/contribution-request-page";
	}

	@PostMapping("/contribution-requests/{id}/{step:accept|counter|decline|withdraw}")
	String answer(Shell shell, @PathVariable long id, @PathVariable String step, @ModelAttribute ContributionForm form,
			Model model, HttpServletResponse response) {
		ContributionAction action = ACTIONS.get(step);
		try {
			contributions.answer(shell.caller(), id, action, form.toAnswer(action == ContributionAction.COUNTERED));
			return "redirect:/contribution-requests/" + id;
		}
		catch (InvalidInputException | RuleViolationException | StaleVersionException refused) {
			response.setStatus(refused instanceof InvalidInputException ? HttpStatus.UNPROCESSABLE_CONTENT.value()
					: refused.status().value());
			ContributionThread thread = contributions.find(shell.caller(), id);
			// What was typed stays; answering again starts from the version that is current now.
			ContributionForm kept = action == ContributionAction.COUNTERED || action == ContributionAction.DECLINED
					? form.withVersion(thread.request().version())
					: ContributionForm.answering(thread.request().proposal(), thread.request().version());
			model.addAttribute("page", page(shell, thread, kept, action, new FormMessages(FormErrors.of(refused, shell.t()))));
			return "alignment/contribution-request-page";
		}
	}

	private ContributionRequestPage page(Shell shell, ContributionThread thread, ContributionForm form,
			ContributionAction refused, FormMessages messages) {
		Caller caller = shell.caller();
		ContributionRequest request = thread.request();
		var served = keyResults.findPlaced(caller, request.servesKeyResultId())
			.orElseThrow(() -> new NotFoundException("contribution-request", request.id()));
		long servedObjectiveId = served.view().keyResult().objectiveId();
		Set<Long> teamIds = new HashSet<>(List.of(request.askingTeamId(), request.askedTeamId()));
		Set<Long> personIds = new HashSet<>();
		Set<Long> objectiveIds = new HashSet<>(List.of(servedObjectiveId));
		addJoined(objectiveIds, request.proposal());
		if (request.outcomeObjectiveId() != null) {
			objectiveIds.add(request.outcomeObjectiveId());
		}
		for (ContributionStep step : thread.steps()) {
			teamIds.add(step.teamId());
			personIds.add(step.actorId());
			addJoined(objectiveIds, step.proposal());
		}
		Map<Long, String> teamNames = teams.namesOf(teamIds);
		Map<Long, String> personNames = people.namesOf(personIds);
		Map<Long, String> titles = summaries.of(caller, objectiveIds)
			.stream()
			.filter(ObjectiveSummary::visible)
			.collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::title));
		Function<Proposal, ProposalLine> line = proposal -> proposal == null ? null
				: new ProposalLine(proposal, proposal.objectiveId() == null ? null : titles.get(proposal.objectiveId()));
		List<StepLine> steps = thread.steps()
			.stream()
			.map(step -> new StepLine(step.action(), step.teamId(), teamNames.get(step.teamId()),
					personNames.get(step.actorId()), step.takenAt(), line.apply(step.proposal()), step.reason()))
			.toList();
		List<ContributionAction> actions = actionsFor(caller, request);
		List<Option> objectives = actions.contains(ContributionAction.COUNTERED)
				? choices.objectivesOf(caller, request.cycleId(), request.askedTeamId()) : List.of();
		return new ContributionRequestPage(shell, request, teamNames.get(request.askingTeamId()),
				teamNames.get(request.askedTeamId()), served.view().keyResult().title(), servedObjectiveId,
				titles.get(servedObjectiveId), line.apply(request.proposal()), steps, actions, form, objectives, refused,
				messages, request.outcomeObjectiveId() == null ? null : titles.get(request.outcomeObjectiveId()));
	}

	/** The steps the state machine allows the reader now: the side with the turn answers; the asking side withdraws. */
	private static List<ContributionAction> actionsFor(Caller caller, ContributionRequest request) {
		List<ContributionAction> actions = new ArrayList<>();
		if (!request.state().isOpen()) {
			return actions;
		}
		boolean asking = caller.admin() || caller.belongsTo(request.askingTeamId());
		boolean asked = caller.admin() || caller.belongsTo(request.askedTeamId());
		ContributionSide turn = request.state().turn();
		if (turn == ContributionSide.ASKING ? asking : asked) {
			actions.addAll(List.of(ContributionAction.ACCEPTED, ContributionAction.COUNTERED, ContributionAction.DECLINED));
		}
		if (asking) {
			actions.add(ContributionAction.WITHDRAWN);
		}
		return actions;
	}

	private static void addJoined(Set<Long> objectiveIds, Proposal proposal) {
		if (proposal != null && proposal.objectiveId() != null) {
			objectiveIds.add(proposal.objectiveId());
		}
	}
}
