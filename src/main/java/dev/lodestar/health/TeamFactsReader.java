package dev.lodestar.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.lodestar.alignment.AlignmentFacts;
import dev.lodestar.checkins.CheckInFacts;
import dev.lodestar.cocreation.CoCreationManagement;
import dev.lodestar.cocreation.ObjectiveOrigin;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.ObjectiveFact;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.scoring.ScoreFacts;

/** Reads a team's facts for its signals from the modules that hold them, through their entry points (ADR 0009). */
@Component
class TeamFactsReader {

	/** How many cycles of the same rhythm before this one ambition looks back on. */
	private static final int EARLIER_CYCLES = 2;

	private final ObjectiveFacts facts;

	private final AlignmentFacts alignmentFacts;

	private final CheckInFacts checkIns;

	private final CoCreationManagement cocreation;

	private final ScoreFacts scores;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	TeamFactsReader(ObjectiveFacts facts, AlignmentFacts alignmentFacts, CheckInFacts checkIns,
			CoCreationManagement cocreation, ScoreFacts scores, TeamManagement teams, CycleManagement cycles) {
		this.facts = facts;
		this.alignmentFacts = alignmentFacts;
		this.checkIns = checkIns;
		this.cocreation = cocreation;
		this.scores = scores;
		this.teams = teams;
		this.cycles = cycles;
	}

	List<ObjectiveFacts.Place> placesOf(Collection<Long> objectiveIds) {
		return facts.placesOf(objectiveIds);
	}

	/** Everything a team's signals are folded from, in a constant number of queries however big the team. */
	TeamFacts of(Team team, Set<Long> teamPeople, Cycle cycle, Instant now) {
		var okrs = facts.ownedBy(cycle.id(), List.of(team.id()), teamPeople);
		List<Long> objectiveIds = okrs.objectives().stream().map(ObjectiveFact::id).toList();
		List<Long> keyResultIds = okrs.keyResults().stream().map(KeyResultFact::id).toList();
		Set<Long> coCreated = cocreation.originsOf(objectiveIds).stream().map(ObjectiveOrigin::objectiveId)
			.collect(Collectors.toSet());
		boolean hasSubTeams = teams.search(null, team.id(), new PageQuery(0, 1)).totalItems() > 0;
		CycleWindow window = new CycleWindow(cycle.startsOn(), cycle.endsOn(), now);
		return new TeamFacts(team.id(), teamPeople, okrs, alignmentFacts.of(cycle.id(), objectiveIds, team.id()),
				checkIns.of(keyResultIds), coCreated, hasSubTeams, window, ambitionOf(team, teamPeople, cycle, keyResultIds),
				new TeamFacts.Meetings(Set.copyOf(team.leadIds()), cocreation.proposalsOf(team.id(), cycle.id()),
						scores.reviewWeeksOf(team.id(), CycleWindow.mondayOf(cycle.startsOn()), cycle.endsOn())));
	}

	/** Final score ranges, and the team's key results of the two cycles of the same rhythm before, with their results. */
	private TeamFacts.Ambition ambitionOf(Team team, Set<Long> teamPeople, Cycle cycle, List<Long> keyResultIds) {
		List<ObjectiveFacts.Facts> earlier = cycles.earlier(cycle, EARLIER_CYCLES).stream()
			.map(previous -> facts.ownedBy(previous.id(), List.of(team.id()), teamPeople))
			.toList();
		Map<Long, BigDecimal> results = new HashMap<>();
		checkIns.of(earlier.stream().flatMap(previous -> previous.keyResults().stream()).map(KeyResultFact::id).toList())
			.forEach(point -> results.put(point.keyResultId(), point.value()));
		return new TeamFacts.Ambition(scores.finalRangesOf(keyResultIds), earlier, results);
	}
}
