package dev.lodestar.objectives.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/**
 * The options of the objective forms: the open cycles, the owners the reader may set objectives for (themselves
 * and their teams; admins anyone), and the people who may be named viewers. Lists stop at the largest page.
 */
@Component
class ObjectiveFormChoices {

	private static final PageQuery RECENT_CYCLES = new PageQuery(0, 12);

	private static final PageQuery LISTED = new PageQuery(0, PageQuery.MAX_SIZE);

	private final CycleManagement cycles;

	private final TeamManagement teams;

	private final PeopleManagement people;

	ObjectiveFormChoices(CycleManagement cycles, TeamManagement teams, PeopleManagement people) {
		this.cycles = cycles;
		this.teams = teams;
		this.people = people;
	}

	/** The cycle asked for, or the current one, if it still takes objectives. */
	Long openCycleOrCurrent(Long asked) {
		return cycles.chooseOrCurrent(asked).filter(cycle -> cycle.state().isOpen()).map(Cycle::id).orElse(null);
	}

	/** The cycles that still take objectives, the latest first, and the chosen one. */
	List<Choice> cycles(Shell shell, Long chosen) {
		List<Cycle> open = new ArrayList<>(cycles.list(null, RECENT_CYCLES).items().stream()
			.filter(cycle -> cycle.state().isOpen())
			.toList());
		if (chosen != null && open.stream().noneMatch(cycle -> cycle.id() == chosen)) {
			cycles.find(chosen).filter(cycle -> cycle.state().isOpen()).ifPresent(open::add);
		}
		var t = shell.t();
		return open.stream()
			.map(cycle -> new Choice(String.valueOf(cycle.id()),
					t.m("cycle.option", cycle.name(), t.m("cycle.state." + cycle.state().name()))))
			.toList();
	}

	/** Active people by name, to name as viewers or, for admins, as owners. */
	List<Person> people() {
		return people.search(null, LISTED).items().stream().filter(Person::active).toList();
	}

	/** The reader, their teams, and for admins every team and person; and the chosen owner wherever it is. */
	List<ChoiceGroup> owners(Shell shell, Owner chosen, List<Person> listedPeople) {
		var t = shell.t();
		var caller = shell.caller();
		List<ChoiceGroup> groups = new ArrayList<>();
		groups.add(new ChoiceGroup(t.m("objective-form.owner-you"),
				List.of(new Choice("person:" + caller.personId(), t.m("objective-form.owner-me", caller.name())))));
		Set<Long> teamIds = new HashSet<>(caller.teamIds());
		if (chosen != null && chosen.isTeam()) {
			teamIds.add(chosen.teamId());
		}
		Map<Long, String> teamNames = teams.namesOf(teamIds);
		List<Choice> ownTeams = choices("team:", teamNames, caller.teamIds());
		if (!ownTeams.isEmpty()) {
			groups.add(new ChoiceGroup(t.m("objective-form.owner-your-teams"), ownTeams));
		}
		Set<String> listed = new HashSet<>();
		groups.forEach(group -> group.choices().forEach(choice -> listed.add(choice.value())));
		if (caller.admin()) {
			List<Choice> otherTeams = teams.search(null, null, LISTED).items().stream()
				.map(team -> new Choice("team:" + team.id(), team.name()))
				.filter(choice -> listed.add(choice.value()))
				.toList();
			List<Choice> otherPeople = listedPeople.stream()
				.map(person -> new Choice("person:" + person.id(), person.name()))
				.filter(choice -> listed.add(choice.value()))
				.toList();
			addIfAny(groups, t.m("objective-form.owner-all-teams"), otherTeams);
			addIfAny(groups, t.m("objective-form.owner-people"), otherPeople);
		}
		String chosenValue = ObjectiveForm.ownerValue(chosen);
		if (chosen != null && !listed.contains(chosenValue)) {
			String name = chosen.isTeam() ? teamNames.get(chosen.teamId())
					: people.namesOf(List.of(chosen.personId())).get(chosen.personId());
			if (name != null) {
				groups.add(new ChoiceGroup(t.m("objective-form.owner-asked-for"), List.of(new Choice(chosenValue, name))));
			}
		}
		return groups;
	}

	/** Everyone listed but the reader, who sees their own objectives anyway, and whoever is chosen already. */
	List<Choice> viewers(Shell shell, Collection<Long> chosen, List<Person> listedPeople) {
		List<Choice> choices = new ArrayList<>();
		Set<Long> listed = new HashSet<>();
		for (Person person : listedPeople) {
			if (person.id() != shell.caller().personId() && listed.add(person.id())) {
				choices.add(new Choice(String.valueOf(person.id()), person.name()));
			}
		}
		List<Long> missing = chosen.stream().filter(id -> !listed.contains(id)).toList();
		if (!missing.isEmpty()) {
			people.namesOf(missing).forEach((id, name) -> choices.add(new Choice(String.valueOf(id), name)));
		}
		return choices;
	}

	private static List<Choice> choices(String prefix, Map<Long, String> names, Collection<Long> ids) {
		return ids.stream()
			.filter(names::containsKey)
			.map(id -> new Choice(prefix + id, names.get(id)))
			.sorted(Comparator.comparing(Choice::label))
			.toList();
	}

	private static void addIfAny(List<ChoiceGroup> groups, String label, List<Choice> choices) {
		if (!choices.isEmpty()) {
			groups.add(new ChoiceGroup(label, choices));
		}
	}
}
