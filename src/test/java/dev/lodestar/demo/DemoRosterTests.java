package dev.lodestar.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.lodestar.demo.DemoObjectives.DemoObjective;
import dev.lodestar.demo.DemoRoster.DemoPerson;
import dev.lodestar.demo.DemoRoster.DemoTeam;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data is only checked by the entry points when it loads; these tests catch a slip before that. */
class DemoRosterTests {

	private static final Set<String> PEOPLE = DemoRoster.PEOPLE.stream().map(DemoPerson::key).collect(Collectors.toSet());

	private static final List<DemoTeam> TEAMS = Stream.concat(DemoRoster.DEPARTMENTS.stream(), DemoRoster.TEAMS.stream()).toList();

	@Test
	void namesEveryPersonOnceAndSeatsEveryoneInATeamWithALead() {
		List<String> seats = new ArrayList<>();
		TEAMS.forEach(team -> {
			assertThat(team.leads()).as(team.key()).isNotEmpty();
			assertThat(team.members()).as(team.key()).isNotEmpty();
			seats.addAll(team.leads());
			seats.addAll(team.members());
		});

		assertThat(DemoRoster.PEOPLE).extracting(DemoPerson::key).doesNotHaveDuplicates().hasSizeBetween(55, 65);
		assertThat(PEOPLE).containsAll(seats);
		assertThat(seats).containsAll(PEOPLE);
		assertThat(DemoRoster.PEOPLE).extracting(DemoPerson::locale).contains("en", "zh-CN");
	}

	@Test
	void hangsTwelveTeamsUnderThreeDepartments() {
		Set<String> departments = DemoRoster.DEPARTMENTS.stream().map(DemoTeam::key).collect(Collectors.toSet());

		assertThat(departments).hasSize(3);
		assertThat(DemoRoster.TEAMS).hasSize(12).allSatisfy(team -> assertThat(departments).contains(team.parentKey()));
	}

	@Test
	void keepsEveryOwnerWithinTheDefaultCapsAndEveryNameInTheRoster() {
		Set<String> teams = TEAMS.stream().map(DemoTeam::key).collect(Collectors.toSet());
		Map<String, Integer> perOwner = new HashMap<>();

		for (DemoObjective objective : DemoObjectives.all()) {
			perOwner.merge(objective.ownerKey(), 1, Integer::sum);
			assertThat(objective.teamKey() == null ? PEOPLE : teams).contains(objective.ownerKey());
			assertThat(PEOPLE).containsAll(objective.viewerKeys());
			assertThat(objective.keyResults()).as(objective.title()).hasSizeBetween(2, 4);
		}

		assertThat(perOwner.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(5));
		assertThat(DemoRoster.TEAMS).allSatisfy(team -> assertThat(perOwner.get(team.key())).isBetween(2, 4));
		assertThat(perOwner.keySet()).filteredOn(PEOPLE::contains).hasSizeBetween(PEOPLE.size() / 4, PEOPLE.size() / 2);
	}
}
