package dev.lodestar.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.alignment.AlignmentFacts;
import dev.lodestar.checkins.CheckInFacts;
import dev.lodestar.cocreation.CoCreationManagement;
import dev.lodestar.cocreation.ObjectiveOrigin;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.ObjectiveFact;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.PageQuery;

/**
 * A team's OKR health: computed from the modules' facts, stored per cycle, read back with the evidence seen through
 * the reader's eyes. Visible to the team's people and to admins (OKR coaches join them with issue 10). A team's
 * results are recomputed when they are read and older than {@link #FRESH}, or on demand; each computation is its own
 * short transaction, and two readers computing at once leave one result.
 */
@Service
public class HealthManagement {

	/** How long stored results are read as they are before a read computes them again. */
	static final Duration FRESH = Duration.ofMinutes(1);

	private final HealthRepository results;

	private final ObjectiveFacts facts;

	private final AlignmentFacts alignmentFacts;

	private final CheckInFacts checkIns;

	private final CoCreationManagement cocreation;

	private final ObjectiveSummaries summaries;

	private final KeyResultManagement keyResults;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final CycleManagement cycles;

	private final TransactionTemplate own;

	private final TransactionTemplate reading;

	private final Clock clock;

	HealthManagement(HealthRepository results, ObjectiveFacts facts, AlignmentFacts alignmentFacts, CheckInFacts checkIns,
			CoCreationManagement cocreation, ObjectiveSummaries summaries,
			KeyResultManagement keyResults, TeamManagement teams, PeopleManagement people, CycleManagement cycles,
			PlatformTransactionManager transactions, Clock clock) {
		this.results = results;
		this.facts = facts;
		this.alignmentFacts = alignmentFacts;
		this.checkIns = checkIns;
		this.cocreation = cocreation;
		this.summaries = summaries;
		this.keyResults = keyResults;
		this.teams = teams;
		this.people = people;
		this.cycles = cycles;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	/** The team's health in a cycle (the current one when none is named), computed first if it is not fresh. */
	public TeamHealth ofTeam(Caller caller, long teamId, Long cycleId) {
		Team team = readableTeam(caller, teamId);
		Cycle cycle = cycleOf(cycleId);
		var stored = reading.execute(status -> results.find(cycle.id(), HealthRepository.teamScope(teamId)));
		if (stored.computedAt() == null || stored.computedAt().isBefore(clock.instant().minus(FRESH))) {
			compute(team, cycle);
			stored = reading.execute(status -> results.find(cycle.id(), HealthRepository.teamScope(teamId)));
		}
		var found = stored;
		return reading.execute(status -> new TeamHealth(teamId, team.name(), cycle.id(), cycle.name(), found.computedAt(),
				viewsOf(caller, found.results())));
	}

	/** Computes the team's health in the cycle now (its people or an admin) and answers it. */
	public TeamHealth recompute(Caller caller, long teamId, Long cycleId) {
		Team team = readableTeam(caller, teamId);
		compute(team, cycleOf(cycleId));
		return ofTeam(caller, teamId, cycleId);
	}

	private void compute(Team team, Cycle cycle) {
		Set<Long> teamPeople = new HashSet<>(team.leadIds());
		teamPeople.addAll(team.memberIds());
		Instant now = clock.instant();
		try {
			own.executeWithoutResult(status -> results.replace(cycle.id(), HealthRepository.teamScope(team.id()),
					HealthFold.of(factsOf(team, teamPeople, cycle, now)), now));
		}
		catch (DuplicateKeyException computedAtTheSameTime) {
			// Another reader stored the same computation a moment earlier: theirs stands.
		}
	}

	/** Everything a team's signals are folded from, in a constant number of queries however big the team. */
	private TeamFacts factsOf(Team team, Set<Long> teamPeople, Cycle cycle, Instant now) {
		var okrs = facts.ownedBy(cycle.id(), List.of(team.id()), teamPeople);
		List<Long> objectiveIds = okrs.objectives().stream().map(ObjectiveFact::id).toList();
		List<Long> keyResultIds = okrs.keyResults().stream().map(KeyResultFact::id).toList();
		Set<Long> coCreated = cocreation.originsOf(objectiveIds).stream().map(ObjectiveOrigin::objectiveId)
			.collect(Collectors.toSet());
		boolean hasSubTeams = teams.search(null, team.id(), new PageQuery(0, 1)).totalItems() > 0;
		return new TeamFacts(team.id(), teamPeople, okrs, alignmentFacts.of(cycle.id(), objectiveIds, team.id()),
				checkIns.of(keyResultIds), coCreated, hasSubTeams, new CycleWindow(cycle.startsOn(), cycle.endsOn(), now));
	}

	/** The evidence of every signal resolved in four queries: objectives, key results, names and requests. */
	private List<SignalView> viewsOf(Caller caller, List<SignalResult> stored) {
		Set<Long> objectiveIds = idsOf(stored, EvidenceKind.OBJECTIVE);
		Set<Long> keyResultIds = idsOf(stored, EvidenceKind.KEY_RESULT);
		Map<Long, ObjectiveSummary> objectives = summaries.of(caller, objectiveIds).stream()
			.collect(Collectors.toMap(ObjectiveSummary::id, Function.identity()));
		Map<Long, KeyResult> visibleKeyResults = keyResults.visibleAmong(caller, keyResultIds);
		Map<Long, String> names = people.namesOf(idsOf(stored, EvidenceKind.PERSON));
		Map<Long, String> requests = alignmentFacts.titlesOf(idsOf(stored, EvidenceKind.REQUEST));
		return stored.stream()
			.map(result -> new SignalView(result.signal(), result.signal().family(), result.signal().measure(),
					result.value(), result.band(), result.signal().watch(), result.signal().atRisk(),
					result.evidenceCount(), result.evidence().stream().map(piece -> switch (piece.kind()) {
						case OBJECTIVE -> {
							ObjectiveSummary objective = objectives.get(piece.id());
							yield objective == null || !objective.visible() ? EvidenceLine.hidden(piece.kind())
									: new EvidenceLine(piece.kind(), true, piece.id(), objective.title(), piece.id());
						}
						case KEY_RESULT -> {
							KeyResult keyResult = visibleKeyResults.get(piece.id());
							yield keyResult == null ? EvidenceLine.hidden(piece.kind())
									: new EvidenceLine(piece.kind(), true, piece.id(), keyResult.title(), keyResult.objectiveId());
						}
						case PERSON -> new EvidenceLine(piece.kind(), true, piece.id(), names.getOrDefault(piece.id(), ""), null);
						case REQUEST -> new EvidenceLine(piece.kind(), true, piece.id(), requests.getOrDefault(piece.id(), ""), null);
					}).toList()))
			.toList();
	}

	private static Set<Long> idsOf(List<SignalResult> stored, EvidenceKind kind) {
		return stored.stream()
			.flatMap(result -> result.evidence().stream())
			.filter(piece -> piece.kind() == kind)
			.map(Evidence::id)
			.collect(Collectors.toSet());
	}

	private Team readableTeam(Caller caller, long teamId) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		if (!caller.admin() && !caller.belongsTo(teamId)) {
			throw new ForbiddenException("problem.health-team-only");
		}
		return team;
	}

	private Cycle cycleOf(Long cycleId) {
		return cycles.chooseOrCurrent(cycleId)
			.orElseThrow(() -> cycleId == null ? new NotFoundException("cycle", "current")
					: InvalidInputException.of("cycleId", "validation.unknown-cycle", cycleId));
	}
}
