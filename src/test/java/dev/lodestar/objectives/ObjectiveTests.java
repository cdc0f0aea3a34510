package dev.lodestar.objectives;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lodestar.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectiveTests {

	private static final Caller OWNER = new Caller(1, "P1", false, Locale.ENGLISH, Set.of(10L));

	private static final Caller TEAMMATE = new Caller(2, "P2", false, Locale.ENGLISH, Set.of(10L));

	private static final Caller VIEWER = new Caller(3, "P3", false, Locale.ENGLISH, Set.of());

	private static final Caller STRANGER = new Caller(4, "P4", false, Locale.ENGLISH, Set.of(99L));

	private static final Caller ADMIN = new Caller(5, "P5", true, Locale.ENGLISH, Set.of());

	private static Objective objective(Owner owner, Visibility visibility) {
		return new Objective(1, 1, owner, "O", "", visibility, List.of(3L), 1, 0, null, null, false);
	}

	@Test
	void letsOnlyItsOwnerAndAdminsChangeAPersonalObjective() {
		var personal = objective(Owner.person(1), Visibility.PUBLIC);

		assertThat(personal.mayBeChangedBy(OWNER)).isTrue();
		assertThat(personal.mayBeChangedBy(ADMIN)).isTrue();
		assertThat(personal.mayBeChangedBy(TEAMMATE)).isFalse();
	}

	@Test
	void letsTheWholeTeamChangeATeamObjective() {
		var team = objective(Owner.team(10), Visibility.PUBLIC);

		assertThat(team.mayBeChangedBy(TEAMMATE)).isTrue();
		assertThat(team.mayBeChangedBy(STRANGER)).isFalse();
	}

	@Test
	void showsAPrivateObjectiveToOwnersViewersAndAdminsOnly() {
		var secret = objective(Owner.team(10), Visibility.PRIVATE);

		assertThat(List.of(OWNER, TEAMMATE, VIEWER, ADMIN)).allMatch(secret::isVisibleTo);
		assertThat(secret.isVisibleTo(STRANGER)).isFalse();
		assertThat(objective(Owner.team(10), Visibility.PUBLIC).isVisibleTo(STRANGER)).isTrue();
	}
}
