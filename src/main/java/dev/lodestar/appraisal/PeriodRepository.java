package dev.lodestar.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class PeriodRepository {

	private static final String COLUMNS = "id, name, starts_on, ends_on, version, closed_at";

	private final JdbcClient jdbc;

	PeriodRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewPeriod period, long createdBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into appraisal_period (name, starts_on, ends_on, version, created_by, created_at, updated_at) "
				+ "values (?, ?, ?, 0, ?, ?, ?)")
			.params(period.name().strip(), period.startsOn(), period.endsOn(), createdBy, timestamp(at), timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	boolean update(long id, PeriodRevision revision, Instant at) {
		return jdbc.sql("update appraisal_period set name = ?, starts_on = ?, ends_on = ?, version = version + 1, "
				+ "updated_at = ? where id = ? and version = ? and closed_at is null")
			.params(revision.name().strip(), revision.startsOn(), revision.endsOn(), timestamp(at), id, revision.version())
			.update() == 1;
	}

	/** Closes the period if it is open and still at this version: of two closers, one wins. */
	boolean close(long id, int version, long closedBy, Instant at) {
		return jdbc.sql("update appraisal_period set closed_at = ?, closed_by = ?, version = version + 1, updated_at = ? "
				+ "where id = ? and version = ? and closed_at is null")
			.params(timestamp(at), closedBy, timestamp(at), id, version)
			.update() == 1;
	}

	Optional<AppraisalPeriod> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from appraisal_period where id = ?")
			.param(id)
			.query(PeriodRepository::period)
			.optional();
	}

	List<AppraisalPeriod> all() {
		return jdbc.sql("select " + COLUMNS + " from appraisal_period order by starts_on desc, id desc")
			.query(PeriodRepository::period)
			.list();
	}

	private static AppraisalPeriod period(ResultSet rs, int row) throws SQLException {
		return new AppraisalPeriod(rs.getLong("id"), rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getInt("version"), instant(rs, "closed_at"));
	}
}
