package dev.lodestar.objectives.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResultReadings;
import dev.lodestar.objectives.KeyResultView;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.Shell;

/**
 * Turns objective views into cards for a reader, with every name they need, whether their cycles are still
 * open, and when this week's check-ins began: four queries, however many cards.
 */
@Component
class ObjectiveCards {

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	private final KeyResultReadings readings;

	private final Clock clock;

	ObjectiveCards(PeopleManagement people, TeamManagement teams, CycleManagement cycles, KeyResultReadings readings,
			Clock clock) {
		this.people = people;
		this.teams = teams;
		this.cycles = cycles;
		this.readings = readings;
		this.clock = clock;
	}

	List<ObjectiveCard> cardsOf(Shell shell, List<ObjectiveView> views) {
		Set<Long> personIds = new HashSet<>();
		Set<Long> teamIds = new HashSet<>();
		for (ObjectiveView view : views) {
			Owner owner = view.objective().owner();
			if (owner.isTeam()) {
				teamIds.add(owner.teamId());
			}
			else {
				personIds.add(owner.personId());
			}
			view.keyResults().forEach(keyResult -> personIds.add(keyResult.keyResult().ownerPersonId()));
		}
		Map<Long, String> personNames = people.namesOf(personIds);
		Map<Long, String> teamNames = teams.namesOf(teamIds);
		Set<Long> openCycles = cycles.openAmong(views.stream().map(view -> view.objective().cycleId()).collect(Collectors.toSet()));
		Instant weekStart = weekStart(shell);
		return views.stream().map(view -> {
			Owner owner = view.objective().owner();
			String ownerName = owner.isTeam() ? teamNames.get(owner.teamId()) : personNames.get(owner.personId());
			List<KeyResultRow> rows = view.keyResults().stream()
				.map(keyResult -> row(shell, keyResult, owner, personNames.get(keyResult.keyResult().ownerPersonId()), weekStart,
						openCycles.contains(view.objective().cycleId())))
				.toList();
			return new ObjectiveCard(view, ownerName, rows);
		}).toList();
	}

	/** One objective's key results as rows; {@code cycleOpen} says whether check-ins are still taken. */
	List<KeyResultRow> rows(Shell shell, List<KeyResultView> views, Owner objectiveOwner, Map<Long, String> personNames,
			boolean cycleOpen) {
		Instant weekStart = weekStart(shell);
		return views.stream()
			.map(view -> row(shell, view, objectiveOwner, personNames.get(view.keyResult().ownerPersonId()), weekStart, cycleOpen))
			.toList();
	}

	/** A check-in is offered to its owner or the objective's editors, while the cycle is open. */
	private static KeyResultRow row(Shell shell, KeyResultView view, Owner objectiveOwner, String ownerName, Instant weekStart,
			boolean cycleOpen) {
		return new KeyResultRow(view, ownerName, view.notCheckedInSince(weekStart),
				cycleOpen && view.mayBeCheckedInBy(shell.caller(), objectiveOwner));
	}

	/** The organisation's check-in day, 00:00 in the reader's time zone: "this week" for check-ins. */
	private Instant weekStart(Shell shell) {
		var zone = shell.t().zone();
		return LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(readings.checkInDay()))
			.atStartOfDay(zone).toInstant();
	}
}
