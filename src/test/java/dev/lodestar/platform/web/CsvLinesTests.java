package dev.lodestar.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLinesTests {

	@Test
	void aCsvCellThatASpreadsheetWouldRunAsAFormulaStaysText() {
		for (String formula : new String[] { "=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1" }) {
			assertThat(CsvLines.safe(formula)).as(formula).isEqualTo("'" + formula);
		}
		assertThat(CsvLines.safe("Delivered steadily.")).isEqualTo("Delivered steadily.");
		assertThat(CsvLines.safe("")).isEmpty();
	}
}
