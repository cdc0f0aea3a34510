package dev.lodestar.alignment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.Drafts;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.objectives.NewObjective;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.PlacedKeyResult;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Horizontal alignment: a team asks another for a contribution to one of its key results, and the two go back and
 * forth until the asked team's contribution is agreed (it becomes a draft in the asked team's OKRs, aligned to the
 * key result), declined with a reason, or withdrawn. {@link ContributionState} decides who may do what when.
 */
@Service
public class ContributionManagement {

	private final ContributionRequestRepository requests;

	private final AlignmentManagement alignment;

	private final ObjectiveManagement objectives;

	private final KeyResultManagement keyResults;

	private final Drafts drafts;

	private final CycleManagement cycles;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContributionManagement(ContributionRequestRepository requests, AlignmentManagement alignment,
			ObjectiveManagement objectives, KeyResultManagement keyResults, Drafts drafts, CycleManagement cycles,
			TeamManagement teams, PeopleManagement people, InputValidator validator, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.alignment = alignment;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.drafts = drafts;
		this.cycles = cycles;
		this.teams = teams;
		this.people = people;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/** A member or lead of the team that owns the key result asks another team to contribute to it. */
	@Transactional
	public ContributionRequest ask(Caller actor, NewContributionRequest command) {
		validator.check(command);
		Proposal proposal = command.proposal().tidy();
		PlacedKeyResult serves = keyResults.findPlaced(actor, command.servesKeyResultId())
			.orElseThrow(() -> InvalidInputException.of("servesKeyResultId", "validation.unknown-key-result",
					command.servesKeyResultId()));
		if (!serves.objectiveOwner().isTeam()) {
			throw InvalidInputException.of("servesKeyResultId", "validation.contribution-team-key-result");
		}
		long asking = serves.objectiveOwner().teamId();
		if (!actor.admin() && !actor.belongsTo(asking)) {
			throw new ForbiddenException("problem.forbidden.contribution-ask");
		}
		ObjectiveView servedObjective = objectives.find(actor, serves.view().keyResult().objectiveId()).orElseThrow();
		if (servedObjective.objective().visibility() != Visibility.PUBLIC) {
			throw RuleViolationException.onField("servesKeyResultId", "contribution-private",
					"problem.contribution-private.detail");
		}
		if (!teams.exists(command.askedTeamId())) {
			throw InvalidInputException.of("askedTeamId", "validation.unknown-team", command.askedTeamId());
		}
		if (command.askedTeamId() == asking) {
			throw InvalidInputException.of("askedTeamId", "validation.contribution-same-team");
		}
		requireOpen(serves.cycleId());
		checkProposal(actor, proposal, command.askedTeamId(), serves.cycleId());
		Instant now = clock.instant();
		long id = requests.insert(serves.cycleId(), asking, command.askedTeamId(), command.servesKeyResultId(), proposal,
				actor.personId(), now);
		requests.addStep(id, ContributionAction.ASKED, asking, actor.personId(), proposal, null, now);
		events.publishEvent(new ContributionRequestChanged(id, ContributionAction.ASKED, actor.personId(), now,
				Changes.between()
					.field("askedTeamId", null, command.askedTeamId())
					.field("servesKeyResultId", null, command.servesKeyResultId())
					.field("title", null, proposal.title())
					.list()));
		return requests.find(id, false).orElseThrow();
	}

	/**
	 * The team with the turn accepts, counters or declines; the asking team may withdraw. An acceptance puts the
	 * proposal into the asked team's OKRs as a draft, aligned to the key result, in the same transaction: if the
	 * caps refuse it, nothing changes.
	 */
	@Transactional
	public ContributionRequest answer(Caller actor, long id, ContributionAction action, ContributionAnswer answer) {
		validator.check(answer);
		ContributionRequest current = visible(actor, id, true);
		ContributionSide side = sideOf(actor, current, action);
		ContributionState next = current.state().after(action, side);
		if (answer.version() != current.version()) {
			throw new StaleVersionException("contribution-request", id);
		}
		Instant now = clock.instant();
		Proposal proposal = current.proposal();
		String reason = answer.reason() == null || answer.reason().isBlank() ? null : answer.reason().strip();
		Long outcomeObjective = null;
		Long outcomeKeyResult = null;
		switch (action) {
			case COUNTERED -> {
				if (answer.proposal() == null) {
					throw InvalidInputException.of("proposal", "validation.NotNull");
				}
				proposal = answer.proposal().tidy();
				checkProposal(actor, proposal, current.askedTeamId(), current.cycleId());
			}
			case DECLINED -> {
				if (reason == null) {
					throw InvalidInputException.of("reason", "validation.decline-reason");
				}
			}
			case ACCEPTED -> {
				requireOpen(current.cycleId());
				alignment.takeTurnToLink();
				Outcome outcome = realise(actor, current);
				outcomeObjective = outcome.objectiveId();
				outcomeKeyResult = outcome.keyResultId();
			}
			default -> {
			}
		}
		Instant waitingSince = next.isOpen() ? now : current.waitingSince();
		if (!requests.update(id, current.version(), next, proposal, waitingSince, outcomeObjective, outcomeKeyResult, now)) {
			throw new StaleVersionException("contribution-request", id);
		}
		requests.addStep(id, action, current.teamOf(side), actor.personId(),
				action == ContributionAction.COUNTERED ? proposal : null, reason, now);
		events.publishEvent(new ContributionRequestChanged(id, action, actor.personId(), now, Changes.between()
			.field("state", current.state(), next)
			.field("title", current.proposal().title(), proposal.title())
			.field("reason", null, reason)
			.list()));
		return requests.find(id, false).orElseThrow();
	}

	/** The request with its every step, if the reader may see the key result it serves. */
	@Transactional(readOnly = true)
	public ContributionThread find(Caller caller, long id) {
		return new ContributionThread(visible(caller, id, false), requests.steps(id));
	}

	/** The open requests these teams ask or are asked, oldest waiting first, as far as the reader may see them. */
	@Transactional(readOnly = true)
	public List<ContributionRequest> openOf(Caller caller, Collection<Long> teamIds) {
		return seenBy(caller, requests.openOf(teamIds));
	}

	/** A cycle's requests (or only its open ones), as far as the reader may see them. */
	@Transactional(readOnly = true)
	public List<ContributionRequest> ofCycle(Caller caller, long cycleId, boolean openOnly) {
		return seenBy(caller, requests.ofCycle(cycleId, openOnly));
	}

	private List<ContributionRequest> seenBy(Caller caller, List<ContributionRequest> found) {
		if (found.isEmpty()) {
			return found;
		}
		Map<Long, KeyResult> served = keyResults.visibleAmong(caller,
				found.stream().map(ContributionRequest::servesKeyResultId).distinct().toList());
		return found.stream().filter(request -> served.containsKey(request.servesKeyResultId())).toList();
	}

	private record Outcome(Long objectiveId, Long keyResultId) {
	}

	private Outcome realise(Caller actor, ContributionRequest request) {
		Proposal proposal = request.proposal();
		long servedObjective = keyResults.findPlaced(actor, request.servesKeyResultId())
			.orElseThrow(() -> new NotFoundException("key-result", request.servesKeyResultId()))
			.view()
			.keyResult()
			.objectiveId();
		if (proposal.type() == ContributionType.OBJECTIVE) {
			long created = objectives.createDraft(actor, new NewObjective(request.cycleId(), proposal.title(),
					proposal.description(), request.askedTeamId(), null, Visibility.PUBLIC, List.of()))
				.objective()
				.id();
			alignment.linkAgreed(actor, created, servedObjective, request.servesKeyResultId(), request.id());
			return new Outcome(created, null);
		}
		if (proposal.objectiveId() == null) {
			// The objective the key result was to join was deleted meanwhile: a counter-proposal names another.
			throw InvalidInputException.of("proposal.objectiveId", "validation.contribution-objective-gone");
		}
		long owner = proposal.ownerPersonId() != null ? proposal.ownerPersonId() : askedTeamVoice(actor, request);
		long added = keyResults.addDraft(actor, proposal.objectiveId(), new NewKeyResult(proposal.title(), proposal.kind(),
				proposal.start(), proposal.target(), proposal.unit(), owner))
			.keyResult()
			.id();
		alignment.linkAgreed(actor, proposal.objectiveId(), servedObjective, request.servesKeyResultId(), request.id());
		return new Outcome(proposal.objectiveId(), added);
	}

	/** Who answers for the asked team: the accepting person if they belong to it, else who last spoke for it. */
	private long askedTeamVoice(Caller actor, ContributionRequest request) {
		if (actor.belongsTo(request.askedTeamId())) {
			return actor.personId();
		}
		List<ContributionStep> steps = requests.steps(request.id());
		for (int i = steps.size() - 1; i >= 0; i--) {
			if (steps.get(i).teamId() == request.askedTeamId()) {
				return steps.get(i).actorId();
			}
		}
		return actor.personId();
	}

	/**
	 * Which side the caller answers for: the side with the turn if they may speak for it, else their own side, so
	 * that the state machine says why they may not. Someone of neither team may not answer at all.
	 */
	private static ContributionSide sideOf(Caller actor, ContributionRequest request, ContributionAction action) {
		Set<ContributionSide> mine = EnumSet.noneOf(ContributionSide.class);
		if (actor.admin() || actor.belongsTo(request.askingTeamId())) {
			mine.add(ContributionSide.ASKING);
		}
		if (actor.admin() || actor.belongsTo(request.askedTeamId())) {
			mine.add(ContributionSide.ASKED);
		}
		if (mine.isEmpty()) {
			throw new ForbiddenException("problem.forbidden.contribution-answer");
		}
		ContributionSide wanted = action == ContributionAction.WITHDRAWN ? ContributionSide.ASKING : request.state().turn();
		return wanted != null && mine.contains(wanted) ? wanted : mine.iterator().next();
	}

	private ContributionRequest visible(Caller caller, long id, boolean forUpdate) {
		ContributionRequest request = requests.find(id, forUpdate)
			.orElseThrow(() -> new NotFoundException("contribution-request", id));
		if (keyResults.visible(caller, request.servesKeyResultId()).isEmpty()) {
			throw new NotFoundException("contribution-request", id);
		}
		return request;
	}

	/**
	 * The proposal's own rules: a key result is measured as any key result is, and joins an objective of the asked
	 * team in the request's cycle. Every problem is reported at once, each next to its field.
	 */
	private void checkProposal(Caller actor, Proposal proposal, long askedTeamId, long cycleId) {
		if (proposal.type() != ContributionType.KEY_RESULT) {
			return;
		}
		List<FieldViolation> violations = new ArrayList<>();
		if (proposal.kind() == null) {
			violations.add(new FieldViolation("proposal.kind", "validation.NotNull"));
		}
		else {
			long owner = proposal.ownerPersonId() == null ? actor.personId() : proposal.ownerPersonId();
			drafts.review(new NewKeyResult(proposal.title(), proposal.kind(), proposal.start(), proposal.target(),
					proposal.unit(), owner))
				.violations()
				.forEach(violation -> violations
					.add(new FieldViolation("proposal." + violation.field(), violation.messageKey(), violation.args())));
		}
		if (proposal.objectiveId() == null) {
			violations.add(new FieldViolation("proposal.objectiveId", "validation.NotNull"));
		}
		else {
			Optional<ObjectiveView> into = objectives.find(actor, proposal.objectiveId());
			boolean fits = into.isPresent() && into.get().objective().cycleId() == cycleId
					&& into.get().objective().owner().isTeam() && into.get().objective().owner().teamId() == askedTeamId;
			if (!fits) {
				violations.add(new FieldViolation("proposal.objectiveId", "validation.contribution-objective",
						proposal.objectiveId()));
			}
		}
		if (proposal.ownerPersonId() != null && people.activeAmong(List.of(proposal.ownerPersonId())).isEmpty()) {
			violations.add(new FieldViolation("proposal.ownerPersonId", "validation.unknown-person", proposal.ownerPersonId()));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private void requireOpen(long cycleId) {
		Cycle cycle = cycles.find(cycleId).orElseThrow();
		if (!cycle.state().isOpen()) {
			throw new RuleViolationException("cycle-closed", "problem.cycle-closed.detail", cycle.name());
		}
	}
}
