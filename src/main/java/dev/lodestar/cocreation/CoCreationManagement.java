package dev.lodestar.cocreation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.Hint;
import dev.lodestar.objectives.ObjectiveCaps;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Co-creation sessions, the meeting in which a team sets its OKRs together. A lead opens one for a cycle and may
 * invite people of neighbouring teams; the team's people and the invited take part: they propose, comment, +1 and,
 * in the voting round, cast their dots. Facilitators (the team's leads, and admins) run the round, set the timer,
 * adopt or drop items with a reason, and finish, which turns what was adopted into the team's draft OKRs.
 * <p>
 * Every change is signalled on the session's live topic once it commits; the signal says only that something
 * changed, and each board reads itself again. Every change locks the session's row first: two dots or adoptions
 * never both see room for one, and nothing is written into a session finishing at the same moment.
 */
@Service
public class CoCreationManagement {

	/** The event name of every change of a session on its live topic. */
	public static final String CHANGED = "cocreation-changed";

	private static final int LATEST_SESSIONS = 12;

	private final SessionRepository sessions;

	private final ItemRepository items;

	private final ItemProposals proposals;

	private final SessionBoards boards;

	private final SessionOutcomes outcomes;

	private final ItemHints hints;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final CycleManagement cycles;

	private final ObjectiveCaps caps;

	private final ObjectiveSummaries summaries;

	private final ObjectiveManagement objectives;

	private final InputValidator validator;

	private final LiveUpdates live;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CoCreationManagement(SessionRepository sessions, ItemRepository items, ItemProposals proposals, SessionBoards boards,
			SessionOutcomes outcomes, ItemHints hints, TeamManagement teams, PeopleManagement people, CycleManagement cycles,
			ObjectiveCaps caps, ObjectiveSummaries summaries, ObjectiveManagement objectives, InputValidator validator, LiveUpdates live,
			ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.items = items;
		this.proposals = proposals;
		this.boards = boards;
		this.outcomes = outcomes;
		this.hints = hints;
		this.teams = teams;
		this.people = people;
		this.cycles = cycles;
		this.caps = caps;
		this.summaries = summaries;
		this.objectives = objectives;
		this.validator = validator;
		this.live = live;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the team's session for a cycle (a lead or an admin), inviting the people named. While one runs for the
	 * team and cycle, that one is the answer (with the new invitations added), so opening twice is harmless.
	 */
	@Transactional
	public CoCreationSession open(Caller actor, long teamId, NewSession command) {
		validator.check(command);
		Team team = teamOf(teamId);
		requireFacilitator(actor, team);
		Cycle cycle = cycles.find(command.cycleId())
			.orElseThrow(() -> InvalidInputException.of("cycleId", "validation.unknown-cycle", command.cycleId()));
		if (!cycle.state().isOpen()) {
			throw RuleViolationException.onField("cycleId", "cycle-closed", "problem.cycle-closed.detail", cycle.name());
		}
		List<Long> invitees = invitable(team, command.invitees(), "inviteeIds");
		long id = sessions.running(teamId, cycle.id()).map(CoCreationSession::id).orElseGet(() -> {
			try {
				return sessions.insert(teamId, cycle.id(), command.votes(), actor.personId(), clock.instant());
			}
			catch (DuplicateKeyException openedConcurrently) {
				throw new RuleViolationException("cocreation-opened", "problem.cocreation-opened.detail");
			}
		});
		if (!invitees.isEmpty()) {
			sessions.invite(id, invitees);
			live.signal(CoCreationSession.topicOf(id), CHANGED);
		}
		return sessions.find(id).orElseThrow();
	}

	/** The team's sessions, newest first, for everyone: OKRs are set in the open. */
	@Transactional(readOnly = true)
	public SessionsOfTeam ofTeam(Caller caller, long teamId) {
		Team team = teamOf(teamId);
		return new SessionsOfTeam(teamId, team.name(), isFacilitator(caller, team), sessions.ofTeam(teamId, LATEST_SESSIONS));
	}

	/** Running sessions of other teams the caller was invited to. */
	@Transactional(readOnly = true)
	public List<CoCreationSession> invitationsOf(Caller caller) {
		return sessions.invitationsOf(caller.personId(), LATEST_SESSIONS);
	}

	/**
	 * People of the team's neighbours — its parent team and its siblings — who could be invited: at most 200, in a
	 * constant number of queries.
	 */
	@Transactional(readOnly = true)
	public List<Invitee> inviteesFor(Caller caller, long teamId) {
		return boards.inviteesFor(teamOf(teamId));
	}

	@Transactional(readOnly = true)
	public CoCreationSession find(Caller caller, long id) {
		return sessions.find(id).orElseThrow(() -> new NotFoundException("cocreation-session", id));
	}

	/** The board as the caller sees it: everyone's dots only after the reveal. A constant number of queries. */
	@Transactional(readOnly = true)
	public CoCreationBoard board(Caller caller, long id) {
		CoCreationSession session = find(caller, id);
		Team team = teamOf(session.teamId());
		return boards.of(caller, session, team, isFacilitator(caller, team), mayTakePart(caller, session, team),
				rulesFor(caller, session));
	}

	/** An item of the session as it is now, with its version: to show a refused form over the current one. */
	@Transactional(readOnly = true)
	public SessionItem item(Caller caller, long id, long itemId) {
		return itemOf(find(caller, id), itemId);
	}

	/** Whether the caller may take part in the session (propose, comment, +1, vote): to offer the forms. */
	@Transactional(readOnly = true)
	public boolean mayTakePart(Caller caller, long id) {
		CoCreationSession session = find(caller, id);
		return mayTakePart(caller, session, teamOf(session.teamId()));
	}

	/** Records that the caller joined the running session, once: the team's people and those invited may. */
	@Transactional
	public void join(Caller caller, long id) {
		CoCreationSession session = find(caller, id);
		if (!mayTakePart(caller, session, teamOf(session.teamId()))) {
			throw new ForbiddenException("problem.cocreation-not-participant");
		}
		requireRunning(session);
		if (sessions.participants(id).stream().noneMatch(p -> p.personId() == caller.personId() && p.joinedAt() != null)) {
			sessions.join(id, caller.personId(), clock.instant());
			live.signal(session.topic(), CHANGED);
		}
	}

	/** Invites more people to the running session (a facilitator). */
	@Transactional
	public void invite(Caller actor, long id, Invitation invitation) {
		validator.check(invitation);
		CoCreationSession session = locked(id);
		Team team = teamOf(session.teamId());
		requireFacilitator(actor, team);
		requireRunning(session);
		List<Long> invitees = invitable(team, invitation.personIds(), "personIds");
		if (!invitees.isEmpty()) {
			sessions.invite(id, invitees);
			live.signal(session.topic(), CHANGED);
		}
	}

	/** Proposes an objective, key result, alignment link or request (anyone taking part, while the session runs). */
	@Transactional
	public SessionItem propose(Caller actor, long id, NewItem command) {
		validator.check(command);
		CoCreationSession session = participating(actor, id);
		long itemId = proposals.add(actor, session, command, clock.instant());
		live.signal(session.topic(), CHANGED);
		return items.find(itemId).orElseThrow();
	}

	/**
	 * Changes an item's words as of the version the caller read (anyone taking part). When someone else changed it
	 * since, nothing is written and the refusal carries the item as it reads now.
	 */
	@Transactional
	public SessionItem revise(Caller actor, long id, long itemId, ItemRevision revision) {
		validator.check(revision);
		CoCreationSession session = participating(actor, id);
		SessionItem current = itemOf(session, itemId);
		if (revision.version() != current.version()) {
			throw new ItemChangedMeanwhileException(current);
		}
		proposals.revise(actor, session, current, revision);
		live.signal(session.topic(), CHANGED);
		return items.find(itemId).orElseThrow();
	}

	@Transactional
	public ItemComment comment(Caller actor, long id, long itemId, NewItemComment command) {
		validator.check(command);
		CoCreationSession session = participating(actor, id);
		itemOf(session, itemId);
		Instant now = clock.instant();
		String text = command.text().strip();
		long commentId = items.insertComment(id, itemId, actor.personId(), text, now);
		live.signal(session.topic(), CHANGED);
		return new ItemComment(commentId, itemId, actor.personId(), actor.name(), text, now);
	}

	/** Gives (or, {@code on} false, takes back) the caller's +1 on an item. */
	@Transactional
	public void plusOne(Caller actor, long id, long itemId, boolean on) {
		CoCreationSession session = participating(actor, id);
		itemOf(session, itemId);
		boolean changed = on ? items.plusOne(id, itemId, actor.personId()) : items.withdrawPlusOne(itemId, actor.personId());
		if (changed) {
			live.signal(session.topic(), CHANGED);
		}
	}

	/**
	 * Puts one of the caller's dots on a proposed objective during the voting round; refused when they have none
	 * left. Several dots may go to one objective.
	 */
	@Transactional
	public VotesLeft vote(Caller actor, long id, long itemId) {
		CoCreationSession session = participating(actor, id);
		requireVoting(session);
		SessionItem item = itemOf(session, itemId);
		if (item.kind() != ItemKind.OBJECTIVE || item.state() == ItemState.DROPPED) {
			throw new RuleViolationException("cocreation-vote-objectives", "problem.cocreation-vote-objectives.detail");
		}
		int cast = items.dotsOf(id, actor.personId());
		if (cast >= session.votesPerParticipant()) {
			throw new RuleViolationException("cocreation-no-votes-left", "problem.cocreation-no-votes-left.detail",
					session.votesPerParticipant());
		}
		items.addDot(id, itemId, actor.personId());
		live.signal(session.topic(), CHANGED);
		return new VotesLeft(id, itemId, session.votesPerParticipant() - cast - 1);
	}

	/** Takes one of the caller's dots back from an objective during the voting round. */
	@Transactional
	public VotesLeft unvote(Caller actor, long id, long itemId) {
		CoCreationSession session = participating(actor, id);
		requireVoting(session);
		itemOf(session, itemId);
		if (!items.removeDot(itemId, actor.personId())) {
			throw new RuleViolationException("cocreation-no-vote-here", "problem.cocreation-no-vote-here.detail");
		}
		live.signal(session.topic(), CHANGED);
		return new VotesLeft(id, itemId, session.votesPerParticipant() - items.dotsOf(id, actor.personId()));
	}

	/**
	 * Adopts, drops or reconsiders an item (a facilitator), as of its version. Adopting is refused when the caps
	 * would not hold once the session finishes; dropping needs a reason, which the decision log keeps.
	 */
	@Transactional
	public SessionItem decide(Caller actor, long id, long itemId, ItemDecision decision) {
		validator.check(decision);
		CoCreationSession session = facilitating(actor, id);
		SessionItem item = itemOf(session, itemId);
		String reason = decision.strippedReason();
		if (decision.state() == ItemState.DROPPED && reason.isEmpty()) {
			throw InvalidInputException.of("reason", "validation.cocreation-reason-needed");
		}
		if (decision.version() != item.version()) {
			throw new StaleVersionException("cocreation-item", itemId);
		}
		if (decision.state() == ItemState.ADOPTED) {
			AdoptionRules rules = rulesFor(actor, session);
			rules.blockerOf(item, items.ofSession(id)).ifPresent(blocker -> {
				throw new RuleViolationException(blocker.code(), blocker.messageKey(), rules.maxObjectives(),
						rules.maxKeyResults(), rules.existingObjectives());
			});
		}
		if (!items.decide(itemId, item.version(), decision.state(), reason, actor.personId(), clock.instant())) {
			throw new StaleVersionException("cocreation-item", itemId);
		}
		live.signal(session.topic(), CHANGED);
		return items.find(itemId).orElseThrow();
	}

	/** Starts the voting round (a facilitator): from now on everyone casts their dots, hidden until the reveal. */
	@Transactional
	public CoCreationSession startVoting(Caller actor, long id, SessionTransition transition) {
		validator.check(transition);
		CoCreationSession session = facilitating(actor, id);
		if (!session.state().mayStartVoting()) {
			throw new RuleViolationException("cocreation-not-open", "problem.cocreation-not-open.detail");
		}
		return move(session, transition, SessionState.VOTING);
	}

	/** Reveals everyone's dots at once (a facilitator), ending the voting round. */
	@Transactional
	public CoCreationSession reveal(Caller actor, long id, SessionTransition transition) {
		validator.check(transition);
		CoCreationSession session = facilitating(actor, id);
		if (!session.state().mayReveal()) {
			throw new RuleViolationException("cocreation-not-voting", "problem.cocreation-not-voting.detail");
		}
		return move(session, transition, SessionState.REVEALED);
	}

	/**
	 * Finishes the session (a facilitator): every adopted objective becomes a draft objective of the team, with its
	 * adopted key results, links and requests, all in this transaction — if anything is refused (the caps, say),
	 * nothing changes. The owners confirm the drafts later, as any draft.
	 */
	@Transactional
	public CoCreationSession finish(Caller actor, long id, SessionTransition transition) {
		validator.check(transition);
		CoCreationSession session = facilitating(actor, id);
		if (transition.version() != session.version()) {
			throw new StaleVersionException("cocreation-session", id);
		}
		List<Long> objectiveIds = outcomes.realise(actor, session, teamOf(session.teamId()), items.ofSession(id),
				items.votes(id));
		CoCreationSession finished = move(session, transition, SessionState.FINISHED);
		events.publishEvent(new CoCreationFinished(id, session.teamId(), session.cycleId(), objectiveIds,
				actor.personId(), finished.finishedAt()));
		return finished;
	}

	/** Sets the facilitator's timer to ring after so many minutes on everyone's board; null clears it. */
	@Transactional
	public CoCreationSession setTimer(Caller actor, long id, TimerSetting setting) {
		CoCreationSession session = facilitating(actor, id);
		if (setting != null) {
			validator.check(setting);
		}
		sessions.setTimer(id, setting == null ? null : clock.instant().plus(Duration.ofMinutes(setting.minutes())));
		live.signal(session.topic(), CHANGED);
		return sessions.find(id).orElseThrow();
	}

	/** The wording hints a proposal would earn, while it is being typed. */
	public List<Hint> hintsFor(ItemKind kind, String text) {
		return hints.of(kind, text);
	}

	/** Whether an objective the caller may see came out of a session, and who proposed it. */
	@Transactional(readOnly = true)
	public Optional<ObjectiveOrigin> originOf(Caller caller, long objectiveId) {
		if (!objectives.isVisible(caller, objectiveId)) {
			throw new NotFoundException("objective", objectiveId);
		}
		return originsOf(List.of(objectiveId)).stream().findFirst();
	}

	/**
	 * Who proposed which objectives and key results in these teams' sessions of the cycle, by team, for OKR health: one
	 * query however many teams.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ProposalFact>> proposalsOf(Collection<Long> teamIds, long cycleId) {
		return items.proposalsOf(teamIds, cycleId);
	}

	/** Which of these objectives came out of a session, and who proposed each: one query and the names. */
	@Transactional(readOnly = true)
	public List<ObjectiveOrigin> originsOf(Collection<Long> objectiveIds) {
		List<ItemRepository.Origin> origins = items.originsOf(objectiveIds);
		Map<Long, String> names = people.namesOf(origins.stream().map(ItemRepository.Origin::proposedBy).toList());
		return origins.stream()
			.map(origin -> new ObjectiveOrigin(origin.objectiveId(), origin.sessionId(), origin.teamId(),
					origin.proposedBy(), names.getOrDefault(origin.proposedBy(), ""), origin.finishedAt()))
			.toList();
	}

	private CoCreationSession move(CoCreationSession session, SessionTransition transition, SessionState to) {
		if (transition.version() != session.version()
				|| !sessions.move(session.id(), session.version(), to, clock.instant())) {
			throw new StaleVersionException("cocreation-session", session.id());
		}
		live.signal(session.topic(), CHANGED);
		return sessions.find(session.id()).orElseThrow();
	}

	/** The caps as they apply to this session: the team's objectives of the cycle made elsewhere count too. */
	private AdoptionRules rulesFor(Caller caller, CoCreationSession session) {
		var current = caps.current();
		int existing = session.state().running()
				? summaries.ofTeams(caller, session.cycleId(), List.of(session.teamId())).size() : 0;
		return new AdoptionRules(current.maxObjectivesPerOwner(), current.maxKeyResultsPerObjective(), existing);
	}

	private List<Long> invitable(Team team, List<Long> personIds, String field) {
		Set<Long> active = people.activeAmong(personIds);
		List<Long> unknown = personIds.stream().filter(person -> !active.contains(person)).toList();
		if (!unknown.isEmpty()) {
			throw InvalidInputException.of(field, "validation.unknown-person", unknown.get(0));
		}
		Set<Long> own = new HashSet<>(team.leadIds());
		own.addAll(team.memberIds());
		return new ArrayList<>(personIds.stream().filter(person -> !own.contains(person)).distinct().toList());
	}

	private CoCreationSession locked(long id) {
		return sessions.lock(id).orElseThrow(() -> new NotFoundException("cocreation-session", id));
	}

	/**
	 * The running session, locked, if the caller may take part; they join by taking part. Locked so that nothing is
	 * written into a session that finishes at the same moment, and dots are counted against what is committed.
	 */
	private CoCreationSession participating(Caller actor, long id) {
		return requireParticipant(actor, locked(id));
	}

	private CoCreationSession requireParticipant(Caller actor, CoCreationSession session) {
		if (!mayTakePart(actor, session, teamOf(session.teamId()))) {
			throw new ForbiddenException("problem.cocreation-not-participant");
		}
		requireRunning(session);
		sessions.join(session.id(), actor.personId(), clock.instant());
		return session;
	}

	private CoCreationSession facilitating(Caller actor, long id) {
		CoCreationSession session = locked(id);
		requireFacilitator(actor, teamOf(session.teamId()));
		requireRunning(session);
		return session;
	}

	private SessionItem itemOf(CoCreationSession session, long itemId) {
		return items.find(itemId)
			.filter(item -> item.sessionId() == session.id())
			.orElseThrow(() -> new NotFoundException("cocreation-item", itemId));
	}

	private static void requireRunning(CoCreationSession session) {
		if (!session.state().running()) {
			throw new RuleViolationException("cocreation-finished", "problem.cocreation-finished.detail");
		}
	}

	private static void requireVoting(CoCreationSession session) {
		if (!session.state().takesVotes()) {
			throw new RuleViolationException("cocreation-not-voting", "problem.cocreation-not-voting.detail");
		}
	}

	private boolean mayTakePart(Caller caller, CoCreationSession session, Team team) {
		return caller.admin() || caller.belongsTo(team.id()) || sessions.isInvited(session.id(), caller.personId());
	}

	private static boolean isFacilitator(Caller caller, Team team) {
		return caller.admin() || team.leadIds().contains(caller.personId());
	}

	private static void requireFacilitator(Caller caller, Team team) {
		if (!isFacilitator(caller, team)) {
			throw new ForbiddenException("problem.cocreation-facilitator-only");
		}
	}

	private Team teamOf(long teamId) {
		return teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
	}
}
