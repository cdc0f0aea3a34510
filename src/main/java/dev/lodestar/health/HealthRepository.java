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
import java.util.TreeMap;
import java.util.stream.Stream;

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

	/** Every (signal, band) a cycle counts, in the one order they are written and locked in. */
	private static final List<List<String>> COUNTS = Stream.of(HealthSignal.values())
		.flatMap(signal -> Stream.of(HealthBand.values()).map(band -> List.of(signal.name(), band.name())))
		.sorted(Comparator.comparing((List<String> count) -> count.get(0)).thenComparing(count -> count.get(1)))
		.toList();

	static String teamScope(long teamId) {
		return "team:" + teamId;
	}

	/**
	 * Replaces these teams' results of the cycle and moves the cycle's band counts by the difference: seven statements
	 * however many teams, signals and evidence. Every count of the cycle exists (at zero if need be) and is locked
	 * first, in one order: two transactions replacing the same team — a full recompute and a check-in's update of a
	 * new cycle — must each read the results the other left, or the counts drift.
	 */
	void replace(long cycleId, Map<String, List<SignalResult>> byScope, Instant at) {
		batches.batchUpdate("insert into health_band_count (cycle_id, signal, band, teams) values (?, ?, ?, 0) "
				+ "on conflict do nothing", COUNTS.stream().map(count -> new Object[] { cycleId, count.get(0), count.get(1) }).toList());
		jdbc.sql("select teams from health_band_count where cycle_id = ? order by signal, band for update")
			.param(cycleId)
			.query(Integer.class)
			.list();
		String[] scopes = byScope.keySet().toArray(String[]::new);
		Map<List<String>, Integer> moved = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0))
			.thenComparing(key -> key.get(1)));
		jdbc.sql("select signal, band, count(*) as teams from health_result where cycle_id = ? and scope = any(?) "
				+ "group by signal, band")
			.params(cycleId, scopes)
			.query(rs -> {
				moved.merge(List.of(rs.getString("signal"), rs.getString("band")), -rs.getInt("teams"), Integer::sum);
			});
		jdbc.sql("delete from health_result where cycle_id = ? and scope = any(?)").params(cycleId, scopes).update();
		List<Object[]> rows = new ArrayList<>();
		byScope.forEach((scope, results) -> results.forEach(result -> {
			rows.add(new Object[] { cycleId, scope, result.signal().name(), result.value(), result.band().name(),
					result.evidenceCount(), timestamp(at),
					result.evidence().stream().map(piece -> piece.kind().name()).toArray(String[]::new),
					result.evidence().stream().map(Evidence::id).toArray(Long[]::new) });
			moved.merge(List.of(result.signal().name(), result.band().name()), 1, Integer::sum);
		}));
		batches.batchUpdate("insert into health_result (cycle_id, scope, signal, measured, band, evidence_count, "
				+ "computed_at, evidence_kinds, evidence_ids) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		move(cycleId, moved);
	}

	/** Adds to the cycle's band counts, which all exist and are locked by now (see {@link #replace}). */
	private void move(long cycleId, Map<List<String>, Integer> moved) {
		batches.batchUpdate("update health_band_count set teams = teams + ? where cycle_id = ? and signal = ? and band = ?",
				moved.entrySet().stream().filter(change -> change.getValue() != 0)
					.map(change -> new Object[] { change.getValue(), cycleId, change.getKey().get(0), change.getKey().get(1) })
					.toList());
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

	/** For each of these cycles, how many teams each signal finds in each band: one query of the kept counts. */
	Map<Long, Map<HealthSignal, Map<HealthBand, Integer>>> bandCounts(Collection<Long> cycleIds) {
		Map<Long, Map<HealthSignal, Map<HealthBand, Integer>>> counts = new HashMap<>();
		jdbc.sql("select cycle_id, signal, band, teams from health_band_count where cycle_id = any(?)")
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
