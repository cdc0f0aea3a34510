package dev.lodestar.appraisal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppraisalExportTests {

	@Test
	void aCsvCellThatASpreadsheetWouldRunAsAFormulaStaysText() {
		for (String formula : new String[] { "=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1" }) {
			assertThat(AppraisalExport.safe(formula)).as(formula).isEqualTo("'" + formula);
		}
		assertThat(AppraisalExport.safe("Delivered steadily.")).isEqualTo("Delivered steadily.");
		assertThat(AppraisalExport.safe("")).isEmpty();
	}
}
