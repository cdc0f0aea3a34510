package dev.lodestar.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;

/**
 * The results of closed periods, as they were when the period closed: two batches to write them, two queries to
 * read a period's, however many people. The assessment is not kept here; it stays the manager's text.
 */
@Repository
class ClosedResultRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ClosedResultRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	void insert(long periodId, Collection<AppraisalResult> results) {
		if (results.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> lines = new ArrayList<>();
		for (AppraisalResult result : results) {
			rows.add(new Object[] { periodId, result.personId(), result.personName(), result.email(), result.templateId(),
					result.templateName(), result.weightedAttainment() });
			for (int position = 0; position < result.lines().size(); position++) {
				ResultLine line = result.lines().get(position);
				lines.add(new Object[] { periodId, result.personId(), position, line.kpiId(), line.kpiName(), line.unit(),
						line.direction(), line.value(), line.measuredOn(), line.target(), line.attainment(), line.weight(),
						line.contribution(), line.measured() });
			}
		}
		batches.batchUpdate("insert into appraisal_closed_result (period_id, person_id, person_name, email, template_id, "
				+ "template_name, weighted_attainment) values (?, ?, ?, ?, ?, ?, ?)", rows);
		batches.batchUpdate("insert into appraisal_closed_line (period_id, person_id, position, kpi_id, kpi_name, unit, "
				+ "direction, measured_value, measured_on, target_value, attainment, weight, contribution, measured) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines);
	}

	/** A closed period's results, by person id, each with its lines in order and no assessment yet. */
	Map<Long, AppraisalResult> ofPeriod(long periodId) {
		return read(periodId, null);
	}

	Map<Long, AppraisalResult> of(long periodId, long personId) {
		return read(periodId, personId);
	}

	private Map<Long, AppraisalResult> read(long periodId, Long personId) {
		String person = personId == null ? "" : " and person_id = ?";
		Object[] params = personId == null ? new Object[] { periodId } : new Object[] { periodId, personId };
		Map<Long, List<ResultLine>> lines = new LinkedHashMap<>();
		jdbc.sql("select * from appraisal_closed_line where period_id = ?" + person + " order by person_id, position")
			.params(params)
			.query((RowCallbackHandler) rs -> lines.computeIfAbsent(rs.getLong("person_id"), id -> new ArrayList<>())
				.add(line(rs)));
		Map<Long, AppraisalResult> results = new LinkedHashMap<>();
		jdbc.sql("select * from appraisal_closed_result where period_id = ?" + person + " order by person_id")
			.params(params)
			.query((RowCallbackHandler) rs -> {
				List<ResultLine> own = lines.getOrDefault(rs.getLong("person_id"), List.of());
				results.put(rs.getLong("person_id"), new AppraisalResult(periodId, rs.getLong("person_id"),
						rs.getString("person_name"), rs.getString("email"), rs.getLong("template_id"),
						rs.getString("template_name"), rs.getBigDecimal("weighted_attainment"), own,
						own.stream().filter(line -> !line.measured()).map(ResultLine::kpiName).toList(), Assessment.NONE));
			});
		return results;
	}

	private static ResultLine line(ResultSet rs) throws SQLException {
		return new ResultLine(rs.getLong("kpi_id"), rs.getString("kpi_name"), rs.getString("unit"),
				rs.getString("direction"), decimal(rs, "measured_value"), rs.getObject("measured_on", LocalDate.class),
				decimal(rs, "target_value"), rs.getBigDecimal("attainment"), rs.getInt("weight"), rs.getBigDecimal("contribution"),
				rs.getBoolean("measured"));
	}
}
