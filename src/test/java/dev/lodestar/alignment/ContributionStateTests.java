package dev.lodestar.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.lodestar.platform.errors.RuleViolationException;

import static dev.lodestar.alignment.ContributionAction.ACCEPTED;
import static dev.lodestar.alignment.ContributionAction.ASKED;
import static dev.lodestar.alignment.ContributionAction.COUNTERED;
import static dev.lodestar.alignment.ContributionAction.DECLINED;
import static dev.lodestar.alignment.ContributionAction.WITHDRAWN;
import static dev.lodestar.alignment.ContributionState.WAITING_FOR_ASKED;
import static dev.lodestar.alignment.ContributionState.WAITING_FOR_ASKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every state, action and side: the allowed transitions and where they lead, and a reason for every refusal. */
class ContributionStateTests {

	private static final ContributionSide ASKING_TEAM = ContributionSide.ASKING;

	private static final ContributionSide ASKED_TEAM = ContributionSide.ASKED;

	/** The whole table of allowed transitions; everything not in it is refused. */
	private static final List<Object[]> ALLOWED = List.of(
			new Object[] { WAITING_FOR_ASKED, ACCEPTED, ASKED_TEAM, ContributionState.ACCEPTED },
			new Object[] { WAITING_FOR_ASKED, COUNTERED, ASKED_TEAM, WAITING_FOR_ASKING },
			new Object[] { WAITING_FOR_ASKED, DECLINED, ASKED_TEAM, ContributionState.DECLINED },
			new Object[] { WAITING_FOR_ASKED, WITHDRAWN, ASKING_TEAM, ContributionState.WITHDRAWN },
			new Object[] { WAITING_FOR_ASKING, ACCEPTED, ASKING_TEAM, ContributionState.ACCEPTED },
			new Object[] { WAITING_FOR_ASKING, COUNTERED, ASKING_TEAM, WAITING_FOR_ASKED },
			new Object[] { WAITING_FOR_ASKING, DECLINED, ASKING_TEAM, ContributionState.DECLINED },
			new Object[] { WAITING_FOR_ASKING, WITHDRAWN, ASKING_TEAM, ContributionState.WITHDRAWN });

	static Stream<Arguments> allowed() {
		return ALLOWED.stream().map(Arguments::of);
	}

	static Stream<Arguments> refused() {
		List<Arguments> refused = new ArrayList<>();
		for (ContributionState state : ContributionState.values()) {
			for (ContributionAction action : ContributionAction.values()) {
				for (ContributionSide side : ContributionSide.values()) {
					boolean allowed = ALLOWED.stream().anyMatch(row -> row[0] == state && row[1] == action && row[2] == side);
					if (!allowed) {
						refused.add(Arguments.of(state, action, side, expectedRefusal(state, action, side)));
					}
				}
			}
		}
		return refused.stream();
	}

	private static String expectedRefusal(ContributionState state, ContributionAction action, ContributionSide side) {
		if (!state.isOpen()) {
			return "contribution-closed";
		}
		if (action == ASKED) {
			return "contribution-already-asked";
		}
		return action == WITHDRAWN ? "contribution-withdraw" : "contribution-not-your-turn";
	}

	@ParameterizedTest(name = "{0}: {2} may take {1}, leading to {3}")
	@MethodSource("allowed")
	void theTeamWithTheTurnAnswersAndTheAskingTeamMayWithdraw(ContributionState state, ContributionAction action,
			ContributionSide side, ContributionState next) {
		assertThat(state.after(action, side)).isEqualTo(next);
	}

	@ParameterizedTest(name = "{0}: {2} may not take {1} ({3})")
	@MethodSource("refused")
	void everyOtherTransitionIsRefusedWithItsReason(ContributionState state, ContributionAction action,
			ContributionSide side, String code) {
		assertThatThrownBy(() -> state.after(action, side)).isInstanceOf(RuleViolationException.class)
			.extracting(refusal -> ((RuleViolationException) refusal).code())
			.isEqualTo(code);
	}

	@Test
	void theTableCoversEveryCombination() {
		long combinations = (long) ContributionState.values().length * ContributionAction.values().length
				* ContributionSide.values().length;
		assertThat(allowed().count() + refused().count()).isEqualTo(combinations).isEqualTo(50);
	}

	@Test
	void onlyTheWaitingStatesAreOpenAndEachGivesTheTurnToOneTeam() {
		assertThat(WAITING_FOR_ASKED.turn()).isEqualTo(ASKED_TEAM);
		assertThat(WAITING_FOR_ASKING.turn()).isEqualTo(ASKING_TEAM);
		assertThat(Stream.of(ContributionState.values()).filter(ContributionState::isOpen))
			.containsExactly(WAITING_FOR_ASKED, WAITING_FOR_ASKING);
		assertThat(ContributionState.ACCEPTED.turn()).isNull();
	}
}
