package dev.lodestar.platform;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.history.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTests {

	private enum Colour {
		RED, BLUE
	}

	@Test
	void keepsOnlyTheFieldsThatChanged() {
		var changes = Changes.between().field("title", "Old", "New").field("owner", 7L, 7L).list();

		assertThat(changes).containsExactly(new FieldChange("title", "Old", "New"));
	}

	@Test
	void treatsTheSameNumberWrittenDifferentlyAsUnchanged() {
		var changes = Changes.between()
			.field("target", new BigDecimal("10.0000"), new BigDecimal("10"))
			.field("start", new BigDecimal("0.0000"), BigDecimal.ZERO)
			.field("limit", new BigDecimal("100"), new BigDecimal("1E+2"))
			.list();

		assertThat(changes).isEmpty();
	}

	@Test
	void recordsNumbersPlainAndEnumsByName() {
		var changes = Changes.between()
			.field("target", new BigDecimal("1E+2"), new BigDecimal("150.50"))
			.field("colour", Colour.RED, Colour.BLUE)
			.list();

		assertThat(changes).containsExactly(new FieldChange("target", new BigDecimal("100"), new BigDecimal("150.5")),
				new FieldChange("colour", "RED", "BLUE"));
	}

	@Test
	void notesASecretWithoutItsValues() {
		assertThat(Changes.between().secret("password", true).secret("pin", false).list())
			.isEqualTo(List.of(new FieldChange("password", null, null)));
	}
}
