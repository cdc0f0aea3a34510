package dev.lodestar.kpis;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

/** Writes a key result's history into its new KPI in one batch, however long the history. */
@Repository
class CarriedMeasurementRepository {

	private final JdbcTemplate jdbc;

	CarriedMeasurementRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insertAll(List<Measurement> carried) {
		if (carried.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("insert into kpi_measurement (kpi_id, measured_on, measured_value, correction, note, recorded_by, "
				+ "recorded_at) values (?, ?, ?, ?, ?, ?, ?)", carried, carried.size(), (statement, measurement) -> {
					statement.setLong(1, measurement.kpiId());
					statement.setObject(2, measurement.measuredOn());
					statement.setBigDecimal(3, measurement.value());
					statement.setBoolean(4, false);
					statement.setString(5, measurement.note());
					statement.setLong(6, measurement.recordedBy());
					statement.setObject(7, timestamp(measurement.recordedAt()));
				});
	}
}
