package dev.lodestar.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.alignment.ContributionManagement;
import dev.lodestar.alignment.ContributionRequest;
import dev.lodestar.checkins.CheckInFacts;
import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.ObjectiveFact;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.security.Caller;

/**
 * How teams' check-in weeks went, as far as one reader may see: the committed key results of the teams' objectives
 * and their people's in the active cycles, which were checked in during the week that ended as {@code day} began (in
 * {@code zone}), whose confidence dropped, and the requests between teams still open. A lead's digest reads it with
 * the lead's eyes; a chat group's with {@link Caller#anyone}'s, so public objectives only. Each module is asked once,
 * however many teams and key results.
 */
@Component
class TeamWeeks {

	/** A drop of confidence worth a lead's question: two points of ten or more since the check-in before. */
	static final int DROP = 2;

	private final ActiveCycles activeCycles;

	private final TeamManagement teams;

	private final ObjectiveFacts objectives;

	private final CheckInFacts checkIns;

	private final ContributionManagement contributions;

	TeamWeeks(ActiveCycles activeCycles, TeamManagement teams, ObjectiveFacts objectives, CheckInFacts checkIns,
			ContributionManagement contributions) {
		this.activeCycles = activeCycles;
		this.teams = teams;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.contributions = contributions;
	}

	/** One team's week: its key results, those without a check-in, the drops, and the open requests. */
	record TeamWeek(Team team, List<KeyResultFact> keyResults, List<KeyResultFact> missing, List<Drop> drops,
			List<ContributionRequest> requests) {
	}

	/** A key result whose confidence fell by {@link #DROP} or more: from the check-in before to the week's last. */
	record Drop(KeyResultFact keyResult, int before, int after) {
	}

	List<TeamWeek> of(Collection<Long> teamIds, LocalDate day, ZoneId zone, Caller reader) {
		Instant from = day.minusDays(7).atStartOfDay(zone).toInstant();
		Instant to = day.atStartOfDay(zone).toInstant();
		List<Team> found = teams.findAll(teamIds);
		Set<Long> everyone = new HashSet<>();
		found.forEach(team -> {
			everyone.addAll(team.leadIds());
			everyone.addAll(team.memberIds());
		});
		List<ObjectiveFact> committed = new ArrayList<>();
		List<KeyResultFact> keyResults = new ArrayList<>();
		for (long cycleId : activeCycles.ids()) {
			var facts = objectives.ownedBy(cycleId, teamIds, everyone);
			facts.objectives().stream().filter(objective -> !objective.draft()).forEach(committed::add);
			keyResults.addAll(facts.keyResults());
		}
		Set<Long> seen = objectives.visibleAmong(reader, committed.stream().map(ObjectiveFact::id).toList());
		Map<Long, ObjectiveFact> objectiveOf = new HashMap<>();
		committed.stream().filter(objective -> seen.contains(objective.id()))
			.forEach(objective -> objectiveOf.put(objective.id(), objective));
		keyResults.removeIf(keyResult -> !objectiveOf.containsKey(keyResult.objectiveId()));
		Map<Long, Week> weeks = weeksOf(keyResults.stream().map(KeyResultFact::id).toList(), from, to);
		List<ContributionRequest> open = contributions.openOf(reader, teamIds);

		List<TeamWeek> result = new ArrayList<>();
		for (Team team : found) {
			Set<Long> ofTeam = new HashSet<>(team.leadIds());
			ofTeam.addAll(team.memberIds());
			List<KeyResultFact> mine = keyResults.stream().filter(keyResult -> {
				var owner = objectiveOf.get(keyResult.objectiveId()).owner();
				return owner.teamId() != null ? owner.teamId() == team.id() : ofTeam.contains(owner.personId());
			}).toList();
			List<KeyResultFact> missing = new ArrayList<>();
			List<Drop> drops = new ArrayList<>();
			for (KeyResultFact keyResult : mine) {
				Week week = weeks.getOrDefault(keyResult.id(), Week.NONE);
				if (week.lastInWeek() == null) {
					missing.add(keyResult);
				}
				else if (week.before() != null && week.before() - week.lastInWeek() >= DROP) {
					drops.add(new Drop(keyResult, week.before(), week.lastInWeek()));
				}
			}
			result.add(new TeamWeek(team, mine, missing, drops, open.stream()
				.filter(request -> request.askingTeamId() == team.id() || request.askedTeamId() == team.id())
				.toList()));
		}
		return result;
	}

	/**
	 * A key result's week: the confidence of its last check-in within the week (none: not checked in), and of the
	 * check-in before that one, whenever it was — so a drop shows whether it came this week or since last week.
	 */
	private record Week(Integer before, Integer lastInWeek) {

		static final Week NONE = new Week(null, null);
	}

	private Map<Long, Week> weeksOf(List<Long> keyResultIds, Instant from, Instant to) {
		Map<Long, Week> weeks = new HashMap<>();
		Map<Long, Integer> previous = new HashMap<>();
		// in order of key result and time: each point within the week replaces the last, remembering the one before
		for (CheckInFacts.Point point : checkIns.of(keyResultIds)) {
			if (point.at().isBefore(to)) {
				if (!point.at().isBefore(from)) {
					weeks.put(point.keyResultId(), new Week(previous.get(point.keyResultId()), point.confidence()));
				}
				previous.put(point.keyResultId(), point.confidence());
			}
		}
		return weeks;
	}
}
