package dev.lodestar.health;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.CsvLines;

/**
 * A cycle's health of every team as CSV (UTF-8 with a byte order mark, for spreadsheets): one line per team and
 * signal with its value, band and how much evidence stands behind it. Ids and words only — no evidence is named, so
 * nothing private travels in the file. Two queries however many teams.
 */
@Component
class HealthExport {

	private static final String BOM = "\uFEFF";

	private final HealthRepository results;

	private final TeamManagement teams;

	HealthExport(HealthRepository results, TeamManagement teams) {
		this.results = results;
		this.teams = teams;
	}

	@Transactional(readOnly = true)
	byte[] csv(long cycleId) {
		List<HealthRepository.ExportRow> rows = results.teamRowsOf(cycleId);
		Map<Long, String> names = teams.namesOf(rows.stream().map(HealthRepository.ExportRow::teamId).distinct().toList());
		StringBuilder text = new StringBuilder(BOM);
		CsvLines.line(text, List.of("team_id", "team", "family", "signal", "value", "band", "evidence"));
		for (var row : rows) {
			CsvLines.line(text, List.of(String.valueOf(row.teamId()), names.getOrDefault(row.teamId(), ""),
					row.signal().family().name(), row.signal().name(),
					row.value() == null ? "" : row.value().stripTrailingZeros().toPlainString(), row.band().name(),
					String.valueOf(row.evidenceCount())));
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}
}
