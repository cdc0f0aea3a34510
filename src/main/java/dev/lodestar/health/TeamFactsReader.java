package dev.lodestar.health;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import dev.lodestar.objectives.CapRefusal;
import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.ObjectiveFact;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.scoring.FinalScoreRange;
import dev.lodestar.scoring.ScoreFacts;

/**
 * Reads teams' facts for their signals from the modules that hold them, through their entry points (ADR 0009): a
 * batch of teams at once, each module asked once for the whole batch, the answers dealt out to each team.
 */
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

	/**
	 * Everything these teams' signals are folded from, by team in their order: a constant number of queries however
	 * many teams and however big they are.
	 */
	Map<Long, TeamFacts> of(List<Team> batch, Cycle cycle, Instant now) {
		Map<Long, Set<Long>> peopleOf = new LinkedHashMap<>();
		batch.forEach(team -> peopleOf.put(team.id(), peopleOf(team)));
		Set<Long> everyone = peopleOf.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
		List<Long> teamIds = List.copyOf(peopleOf.keySet());

		FactsByOwner okrs = new FactsByOwner(facts.ownedBy(cycle.id(), teamIds, everyone));
		Map<Long, ObjectiveFacts.Facts> okrsOf = new HashMap<>();
		peopleOf.forEach((teamId, people) -> okrsOf.put(teamId, okrs.of(teamId, people)));
		List<Long> objectiveIds = okrsOf.values().stream().flatMap(team -> team.objectives().stream())
			.map(ObjectiveFact::id).distinct().toList();
		List<Long> keyResultIds = okrsOf.values().stream().flatMap(team -> team.keyResults().stream())
			.map(KeyResultFact::id).distinct().toList();

		Map<Owner, List<CapRefusal>> refusals = facts.refusalsOf(cycle.id(), teamIds, everyone).stream()
			.collect(Collectors.groupingBy(CapRefusal::owner));
		AlignmentFacts.Facts alignment = alignmentFacts.of(cycle.id(), objectiveIds, teamIds);
		Map<Long, List<CheckInFacts.Point>> pointsOf = new HashMap<>();
		checkIns.of(keyResultIds)
			.forEach(point -> pointsOf.computeIfAbsent(point.keyResultId(), id -> new ArrayList<>()).add(point));
		Set<Long> coCreated = cocreation.originsOf(objectiveIds).stream().map(ObjectiveOrigin::objectiveId)
			.collect(Collectors.toSet());
		Set<Long> withSubTeams = teams.withSubTeams(teamIds);
		var proposals = cocreation.proposalsOf(teamIds, cycle.id());
		Map<Long, Set<LocalDate>> reviewWeeks = scores.reviewWeeksOf(teamIds, CycleWindow.mondayOf(cycle.startsOn()),
				cycle.endsOn());
		Map<Long, FinalScoreRange> finalRanges = scores.finalRangesOf(keyResultIds);
		Earlier earlier = earlierOf(cycle, teamIds, everyone);
		CycleWindow window = new CycleWindow(cycle.startsOn(), cycle.endsOn(), now);

		Map<Long, TeamFacts> read = new LinkedHashMap<>();
		for (Team team : batch) {
			ObjectiveFacts.Facts own = okrsOf.get(team.id());
			Set<Long> ownObjectives = own.objectives().stream().map(ObjectiveFact::id).collect(Collectors.toSet());
			List<CheckInFacts.Point> points = new ArrayList<>();
			own.keyResults().stream().map(KeyResultFact::id).sorted()
				.forEach(keyResultId -> points.addAll(pointsOf.getOrDefault(keyResultId, List.of())));
			Set<Long> people = peopleOf.get(team.id());
			List<CapRefusal> refused = new ArrayList<>(refusals.getOrDefault(Owner.team(team.id()), List.of()));
			people.forEach(person -> refused.addAll(refusals.getOrDefault(Owner.person(person), List.of())));
			refused.sort(Comparator.comparingLong(CapRefusal::id));
			read.put(team.id(), new TeamFacts(team.id(), people, own, refused,
					alignmentOf(alignment, ownObjectives, team.id()), points, among(coCreated, ownObjectives),
					withSubTeams.contains(team.id()), window, earlier.ambitionOf(team.id(), people, own, finalRanges),
					new TeamFacts.Meetings(Set.copyOf(team.leadIds()), proposals.getOrDefault(team.id(), List.of()),
							reviewWeeks.getOrDefault(team.id(), Set.of()))));
		}
		return read;
	}

	private static Set<Long> peopleOf(Team team) {
		Set<Long> people = new HashSet<>(team.leadIds());
		people.addAll(team.memberIds());
		return people;
	}

	private static AlignmentFacts.Facts alignmentOf(AlignmentFacts.Facts batch, Set<Long> ownObjectives, long teamId) {
		return new AlignmentFacts.Facts(among(batch.alignedUp(), ownObjectives), among(batch.supported(), ownObjectives),
				batch.contributions().stream()
					.filter(request -> request.askingTeamId() == teamId || request.askedTeamId() == teamId)
					.toList());
	}

	private static Set<Long> among(Set<Long> ids, Set<Long> own) {
		return own.stream().filter(ids::contains).collect(Collectors.toSet());
	}

	/** The batch's key results of the two cycles of the same rhythm before, and each one's last checked-in value. */
	private Earlier earlierOf(Cycle cycle, List<Long> teamIds, Set<Long> everyone) {
		List<FactsByOwner> before = cycles.earlier(cycle, EARLIER_CYCLES).stream()
			.map(previous -> new FactsByOwner(facts.ownedBy(previous.id(), teamIds, everyone)))
			.toList();
		return new Earlier(before, checkIns.lastValuesOf(before.stream().flatMap(FactsByOwner::keyResultIds).toList()));
	}

	/** What ambition looks back on, for a batch: the earlier cycles' facts (the latest first) and their results. */
	private record Earlier(List<FactsByOwner> cycles, Map<Long, BigDecimal> results) {

		TeamFacts.Ambition ambitionOf(long teamId, Set<Long> people, ObjectiveFacts.Facts now,
				Map<Long, FinalScoreRange> finalRanges) {
			List<ObjectiveFacts.Facts> before = cycles.stream().map(cycle -> cycle.of(teamId, people)).toList();
			Map<Long, FinalScoreRange> ranges = new HashMap<>();
			now.keyResults().forEach(keyResult -> {
				FinalScoreRange range = finalRanges.get(keyResult.id());
				if (range != null) {
					ranges.put(keyResult.id(), range);
				}
			});
			Map<Long, BigDecimal> earlierResults = new HashMap<>();
			before.stream().flatMap(facts -> facts.keyResults().stream()).forEach(keyResult -> {
				BigDecimal result = results.get(keyResult.id());
				if (result != null) {
					earlierResults.put(keyResult.id(), result);
				}
			});
			return new TeamFacts.Ambition(ranges, before, earlierResults);
		}
	}
}
