package dev.lodestar.platform.web;

import java.util.List;

/**
 * Lines of a CSV file as spreadsheets read them: cells quoted when they hold a comma, quote or line break, lines ended
 * by CRLF, and a cell that starts like a formula kept as text.
 */
public final class CsvLines {

	private CsvLines() {
	}

	public static void line(StringBuilder text, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(quoted(safe(cells.get(i))));
		}
		text.append("\r\n");
	}

	/**
	 * A cell starting like a formula would run as one in a spreadsheet (a tab or carriage return before it too, which
	 * some spreadsheets skip); a leading apostrophe keeps it text.
	 */
	public static String safe(String cell) {
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	private static String quoted(String cell) {
		boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
		return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}
}
