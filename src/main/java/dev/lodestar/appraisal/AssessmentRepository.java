package dev.lodestar.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class AssessmentRepository {

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Saves the assessment if {@code expectedVersion} is still the stored one (0: none yet). A first assessment written
	 * twice at once meets the primary key, which reads as stale too.
	 */
	boolean save(long periodId, long personId, String text, int expectedVersion, long writtenBy, Instant at) {
		if (expectedVersion == 0) {
			try {
				return jdbc.sql("insert into appraisal_assessment (period_id, person_id, assessment, version, written_by, written_at) "
						+ "values (?, ?, ?, 1, ?, ?)")
					.params(periodId, personId, text, writtenBy, timestamp(at))
					.update() == 1;
			}
			catch (DuplicateKeyException writtenMeanwhile) {
				return false;
			}
		}
		return jdbc.sql("update appraisal_assessment set assessment = ?, version = version + 1, written_by = ?, written_at = ? "
				+ "where period_id = ? and person_id = ? and version = ?")
			.params(text, writtenBy, timestamp(at), periodId, personId, expectedVersion)
			.update() == 1;
	}

	Optional<Assessment> find(long periodId, long personId) {
		return jdbc.sql("select assessment, version, written_by, written_at from appraisal_assessment "
				+ "where period_id = ? and person_id = ?")
			.params(periodId, personId)
			.query((rs, n) -> assessment(rs))
			.optional();
	}

	/** Every assessment of a period, by person: one query. */
	Map<Long, Assessment> ofPeriod(long periodId) {
		Map<Long, Assessment> found = new HashMap<>();
		jdbc.sql("select person_id, assessment, version, written_by, written_at from appraisal_assessment where period_id = ?")
			.param(periodId)
			.query(rs -> {
				found.put(rs.getLong("person_id"), assessment(rs));
			});
		return found;
	}

	private static Assessment assessment(ResultSet rs) throws SQLException {
		return new Assessment(rs.getString("assessment"), rs.getInt("version"), rs.getLong("written_by"),
				instant(rs, "written_at"));
	}
}
