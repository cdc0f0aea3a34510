package dev.lodestar.appraisal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing appraisal exports or answers has a place for a score. {@code ScoreFirewallTests} keeps appraisal away from
 * every scoring class (its events too) and every scoring table.
 */
class AppraisalFirewallTests {

	@Test
	void noResultOrExportColumnHasRoomForAScore() {
		for (Class<?> type : new Class<?>[] { AppraisalResult.class, ResultLine.class, Assessment.class }) {
			for (var component : type.getRecordComponents()) {
				assertThat(component.getName()).as(type.getSimpleName()).doesNotContainIgnoringCase("score");
			}
		}
		assertThat(AppraisalExport.COLUMNS).noneMatch(key -> key.toLowerCase().contains("score"));
	}
}
