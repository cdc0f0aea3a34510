package dev.lodestar.health;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored health results and their evidence (tables of V23): replaced whole per cycle and scope. */
@Repository
class HealthRepository {

	/** A scope's results of a cycle, and when they were computed. */
	record Stored(List<SignalResult> results, Instant computedAt) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	HealthRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	static String teamScope(long teamId) {
		return "team:" + teamId;
	}

	/**
	 * Replaces these scopes' results of the cycle: two statements however many scopes, signals and evidence — one
	 * delete, one batch of rows.
	 */
	void replace(long cycleId, Map<String, List<SignalResult>> byScope, Instant at) {
		jdbc.sql("delete from health_result where cycle_id = ? and scope = any(?)")
			.params(cycleId, byScope.keySet().toArray(String[]::new))
			.update();
		List<Object[]> rows = new ArrayList<>();
		byScope.forEach((scope, results) -> results.forEach(result -> rows.add(new Object[] { cycleId, scope,
				result.signal().name(), result.value(), result.band().name(), result.evidenceCount(), timestamp(at),
				result.evidence().stream().map(piece -> piece.kind().name()).toArray(String[]::new),
				result.evidence().stream().map(Evidence::id).toArray(Long[]::new) })));
		batches.batchUpdate("insert into health_result (cycle_id, scope, signal, measured, band, evidence_count, "
				+ "computed_at, evidence_kinds, evidence_ids) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/** The cycles in which these teams have stored results, and which of the teams: one query. */
	Map<Long, Set<Long>> cyclesOf(Collection<Long> teamIds) {
		Map<Long, Set<Long>> teams = new HashMap<>();
		jdbc.sql("select distinct cycle_id, scope from health_result where scope = any(?)")
			.param(teamIds.stream().map(HealthRepository::teamScope).toArray(String[]::new))
			.query(rs -> {
				teams.computeIfAbsent(rs.getLong("cycle_id"), cycle -> new HashSet<>()).add(teamOf(rs.getString("scope")));
			});
		return teams;
	}

	static long teamOf(String scope) {
		return Long.parseLong(scope.substring("team:".length()));
	}

	/** A team's stored result as the export writes it. */
	record ExportRow(long teamId, HealthSignal signal, BigDecimal value, HealthBand band, int evidenceCount) {
	}

	/** Every team's results of the cycle, by team and in the catalogue's order: one query. */
	List<ExportRow> teamRowsOf(long cycleId) {
		List<ExportRow> rows = new ArrayList<>(jdbc.sql("select scope, signal, measured, band, evidence_count from health_result "
				+ "where cycle_id = ? and scope like 'team:%'")
			.param(cycleId)
			.query((rs, row) -> new ExportRow(teamOf(rs.getString("scope")),
					HealthSignal.valueOf(rs.getString("signal")), decimal(rs, "measured"),
					HealthBand.valueOf(rs.getString("band")), rs.getInt("evidence_count")))
			.list());
		rows.sort(Comparator.comparing(ExportRow::teamId).thenComparing(ExportRow::signal));
		return rows;
	}

	/** For each of these cycles, how many teams each signal finds in each band: one query. */
	Map<Long, Map<HealthSignal, Map<HealthBand, Integer>>> bandCounts(Collection<Long> cycleIds) {
		Map<Long, Map<HealthSignal, Map<HealthBand, Integer>>> counts = new HashMap<>();
		jdbc.sql("select cycle_id, signal, band, count(*) as teams from health_result where cycle_id = any(?) "
				+ "and scope like 'team:%' group by cycle_id, signal, band")
			.param(cycleIds.toArray(Long[]::new))
			.query(rs -> {
				counts.computeIfAbsent(rs.getLong("cycle_id"), cycle -> new HashMap<>())
					.computeIfAbsent(HealthSignal.valueOf(rs.getString("signal")), signal -> new HashMap<>())
					.put(HealthBand.valueOf(rs.getString("band")), rs.getInt("teams"));
			});
		return counts;
	}

	/** The bands of these teams' results in the cycle, by team: one query. */
	Map<Long, Map<HealthSignal, HealthBand>> bandsOf(long cycleId, Collection<Long> teamIds) {
		Map<Long, Map<HealthSignal, HealthBand>> bands = new HashMap<>();
		if (teamIds.isEmpty()) {
			return bands;
		}
		jdbc.sql("select scope, signal, band from health_result where cycle_id = ? and scope = any(?)")
			.params(cycleId, teamIds.stream().map(HealthRepository::teamScope).toArray(String[]::new))
			.query(rs -> {
				long teamId = teamOf(rs.getString("scope"));
				bands.computeIfAbsent(teamId, team -> new HashMap<>())
					.put(HealthSignal.valueOf(rs.getString("signal")), HealthBand.valueOf(rs.getString("band")));
			});
		return bands;
	}

	/** The scope's stored values in each of these cycles that has results, without evidence: one query. */
	Map<Long, Map<HealthSignal, BigDecimal>> valuesOf(Collection<Long> cycleIds, String scope) {
		Map<Long, Map<HealthSignal, BigDecimal>> values = new HashMap<>();
		jdbc.sql("select cycle_id, signal, measured from health_result where cycle_id = any(?) and scope = ?")
			.params(cycleIds.toArray(Long[]::new), scope)
			.query(rs -> {
				values.computeIfAbsent(rs.getLong("cycle_id"), cycle -> new HashMap<>())
					.put(HealthSignal.valueOf(rs.getString("signal")), decimal(rs, "measured"));
			});
		return values;
	}

	/** The scope's stored results of the cycle in the catalogue's order, with their evidence: one query. */
	Stored find(long cycleId, String scope) {
		List<Instant> computed = new ArrayList<>();
		List<SignalResult> results = new ArrayList<>(jdbc.sql("select signal, measured, band, evidence_count, computed_at, "
				+ "evidence_kinds, evidence_ids from health_result where cycle_id = ? and scope = ?")
			.params(cycleId, scope)
			.query((rs, row) -> {
				computed.add(instant(rs, "computed_at"));
				return new SignalResult(HealthSignal.valueOf(rs.getString("signal")), decimal(rs, "measured"),
						HealthBand.valueOf(rs.getString("band")), rs.getInt("evidence_count"),
						evidenceOf(rs.getArray("evidence_kinds"), rs.getArray("evidence_ids")));
			})
			.list());
		results.sort(Comparator.comparing(SignalResult::signal));
		return new Stored(results, computed.stream().min(Instant::compareTo).orElse(null));
	}

	/** Kinds and ids side by side; PostgreSQL answers typed arrays, H2 arrays of objects. */
	private static List<Evidence> evidenceOf(Array kinds, Array ids) throws SQLException {
		if (kinds == null || ids == null) {
			return List.of();
		}
		Object[] kindValues = (Object[]) kinds.getArray();
		Object[] idValues = (Object[]) ids.getArray();
		List<Evidence> evidence = new ArrayList<>(kindValues.length);
		for (int i = 0; i < kindValues.length; i++) {
			evidence.add(new Evidence(EvidenceKind.valueOf((String) kindValues[i]), ((Number) idValues[i]).longValue()));
		}
		return evidence;
	}
}
