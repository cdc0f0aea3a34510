package dev.lodestar.kpis;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

/**
 * Measurements are only ever inserted. Reads see one measurement per day, the newest row, so that a correction
 * replaces what it restates without erasing it.
 */
@Repository
class MeasurementRepository {

	private static final String COLUMNS = "id, kpi_id, measured_on, measured_value, correction, note, recorded_by, recorded_at";

	/** Each day's newest row of the given KPIs, with its rank among the days, newest first. */
	private static final String DAYS = "select d.*, row_number() over (partition by d.kpi_id order by d.measured_on desc) as recency "
			+ "from (select m.*, row_number() over (partition by m.kpi_id, m.measured_on order by m.id desc) as same_day "
			+ "from unnest(?) as k(id) join kpi_measurement m on m.kpi_id = k.id%s) d where d.same_day = 1";

	private final JdbcClient jdbc;

	MeasurementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long kpiId, LocalDate measuredOn, BigDecimal value, boolean correction, String note, long recordedBy,
			Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into kpi_measurement (kpi_id, measured_on, measured_value, correction, note, recorded_by, recorded_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(kpiId, measuredOn, value, correction, note, recordedBy, timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** A KPI's whole series, one measurement per day, oldest first. */
	List<Measurement> series(long kpiId) {
		return jdbc.sql("select " + COLUMNS + " from (" + DAYS.formatted("") + ") r order by r.measured_on")
			.param(new Long[] { kpiId })
			.query((rs, n) -> measurement(rs))
			.list();
	}

	/** The latest {@code days} measured days of each KPI, oldest first: every board's trend lines in one query. */
	List<Measurement> recent(Collection<Long> kpiIds, int days) {
		if (kpiIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from (" + DAYS.formatted("") + ") r where r.recency <= ? "
				+ "order by r.kpi_id, r.measured_on")
			.params(kpiIds.toArray(Long[]::new), days)
			.query((rs, n) -> measurement(rs))
			.list();
	}

	/** Each KPI's last measured day within a period, if any. */
	List<Measurement> lastIn(Collection<Long> kpiIds, LocalDate from, LocalDate to) {
		if (kpiIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from (" + DAYS.formatted(" where m.measured_on between ? and ?")
				+ ") r where r.recency = 1 order by r.kpi_id")
			.params(kpiIds.toArray(Long[]::new), from, to)
			.query((rs, n) -> measurement(rs))
			.list();
	}

	private static Measurement measurement(ResultSet rs) throws SQLException {
		return new Measurement(rs.getLong("id"), rs.getLong("kpi_id"), rs.getObject("measured_on", LocalDate.class),
				decimal(rs, "measured_value"), rs.getBoolean("correction"), rs.getString("note"), rs.getLong("recorded_by"),
				instant(rs, "recorded_at"));
	}
}
