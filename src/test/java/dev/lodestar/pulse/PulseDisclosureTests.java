package dev.lodestar.pulse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule of what a pulse may show: five answers at least, and no smaller group left to subtract. */
class PulseDisclosureTests {

	@Test
	void fourAnswersAreNotEnoughAndFiveAre() {
		var four = PulseDisclosure.of(Map.of(1L, 4), 4);
		var five = PulseDisclosure.of(Map.of(1L, 5), 5);

		assertThat(four.organisationShown()).isFalse();
		assertThat(four.ofTeam(1, 4)).isEqualTo(Disclosure.NOT_ENOUGH_ANSWERS);
		assertThat(four.ofOrganisation()).isEqualTo(Disclosure.NOT_ENOUGH_ANSWERS);
		assertThat(five.organisationShown()).isTrue();
		assertThat(five.teamsShown()).containsExactly(1L);
	}

	@Test
	void aTeamIsHeldBackWhenTheRestWouldGiveAwayFewerThanFive() {
		// 5 + 6 shown of 12: the one person left over could be read off the organisation's result.
		var outcome = PulseDisclosure.of(Map.of(1L, 6, 2L, 5), 12);

		assertThat(outcome.organisationShown()).isTrue();
		assertThat(outcome.teamsShown()).containsExactly(1L);
		assertThat(outcome.ofTeam(2, 5)).isEqualTo(Disclosure.WITHHELD);
	}

	@Test
	void theSmallestTeamsAreHeldBackUntilTheRestIsSafe() {
		// 20 + 5 + 5 shown, a team of 2 hidden, 33 in all: a rest of 3, then 8 once one team of 5 is held back.
		var outcome = PulseDisclosure.of(Map.of(1L, 20, 2L, 5, 3L, 5, 4L, 2), 33);

		assertThat(outcome.teamsShown()).containsExactlyInAnyOrder(1L, 2L);
		assertThat(outcome.ofTeam(3, 5)).isEqualTo(Disclosure.WITHHELD);
		assertThat(outcome.ofTeam(4, 2)).isEqualTo(Disclosure.NOT_ENOUGH_ANSWERS);
	}

	@Test
	void aRestOfNoneOrOfFiveIsSafe() {
		assertThat(PulseDisclosure.of(Map.of(1L, 5, 2L, 7), 12).teamsShown()).containsExactlyInAnyOrder(1L, 2L);
		assertThat(PulseDisclosure.of(Map.of(1L, 5, 2L, 7, 3L, 3), 17).teamsShown()).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void aSingleTeamBesideASmallRestIsHeldBackAndTheOrganisationStillShown() {
		// 5 in a team and 1 in none: the organisation (6) minus the team would be that one person.
		var outcome = PulseDisclosure.of(Map.of(1L, 5), 6);

		assertThat(outcome.organisationShown()).isTrue();
		assertThat(outcome.teamsShown()).isEmpty();
	}
}
