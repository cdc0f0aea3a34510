package dev.lodestar.objectives.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.KeyResultView;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.Shell;

/** Turns objective views into cards for a reader, with every name they need in two queries. */
@Component
class ObjectiveCards {

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final Clock clock;

	ObjectiveCards(PeopleManagement people, TeamManagement teams, Clock clock) {
		this.people = people;
		this.teams = teams;
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
		Instant weekStart = weekStart(shell);
		return views.stream().map(view -> {
			Owner owner = view.objective().owner();
			String ownerName = owner.isTeam() ? teamNames.get(owner.teamId()) : personNames.get(owner.personId());
			List<KeyResultRow> rows = view.keyResults().stream()
				.map(keyResult -> row(shell, keyResult, owner, personNames.get(keyResult.keyResult().ownerPersonId()), weekStart))
				.toList();
			return new ObjectiveCard(view, ownerName, rows);
		}).toList();
	}

	KeyResultRow row(Shell shell, KeyResultView view, Owner objectiveOwner, String ownerName) {
		return row(shell, view, objectiveOwner, ownerName, weekStart(shell));
	}

	private static KeyResultRow row(Shell shell, KeyResultView view, Owner objectiveOwner, String ownerName, Instant weekStart) {
		return new KeyResultRow(view, ownerName, view.notCheckedInSince(weekStart), view.mayBeCheckedInBy(shell.caller(), objectiveOwner));
	}

	/** Monday, 00:00 in the reader's time zone: "this week" for check-ins. */
	private Instant weekStart(Shell shell) {
		var zone = shell.t().zone();
		return LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
	}
}
