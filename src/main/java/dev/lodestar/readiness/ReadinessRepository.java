package dev.lodestar.readiness;

import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Checks, who has answered, and the answers' tallies. No statement here ever holds a person and an answer together:
 * the participant and the tallies are written by separate statements that share nothing but the check.
 */
@Repository
class ReadinessRepository {

	private static final String CHECK_COLUMNS = "id, team_id, cycle_id, state, answer_count";

	private final JdbcClient jdbc;

	ReadinessRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long teamId, long cycleId, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into readiness_check (team_id, cycle_id, state, answer_count, opened_at) values (?, ?, 'OPEN', 0, ?)")
			.params(teamId, cycleId, timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** Every question's five counts at zero, in one statement, so answering only ever increments. */
	void insertEmptyTallies(long checkId) {
		List<Object> params = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		for (ReadinessQuestion question : ReadinessQuestion.values()) {
			for (int answer = ReadinessQuestion.LOWEST; answer <= ReadinessQuestion.HIGHEST; answer++) {
				rows.add("(?, ?, ?, 0)");
				params.add(checkId);
				params.add(question.name());
				params.add(answer);
			}
		}
		jdbc.sql("insert into readiness_tally (check_id, question, answer, answers) values " + String.join(", ", rows))
			.params(params)
			.update();
	}

	Optional<StoredCheck> find(long id) {
		return jdbc.sql("select " + CHECK_COLUMNS + " from readiness_check where id = ?").param(id).query(this::check).optional();
	}

	/** A team's checks, earliest cycle first by the check's id (a later cycle's check is opened later, nearly always). */
	List<StoredCheck> ofTeam(long teamId) {
		return jdbc.sql("select " + CHECK_COLUMNS + " from readiness_check where team_id = ? order by id")
			.param(teamId)
			.query(this::check)
			.list();
	}

	/** @return false when the person has answered this check before */
	boolean addParticipant(long checkId, long personId) {
		return jdbc.sql("insert into readiness_participant (check_id, person_id) select ?, ? where not exists "
				+ "(select 1 from readiness_participant where check_id = ? and person_id = ?)")
			.params(checkId, personId, checkId, personId)
			.update() == 1;
	}

	boolean hasAnswered(long checkId, long personId) {
		return jdbc.sql("select count(*) from readiness_participant where check_id = ? and person_id = ?")
			.params(checkId, personId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Takes one more answer while the check is open: false when it was closed meanwhile. It locks the check's row, so
	 * an answer and the close come one after the other and no answer counts after a close.
	 */
	boolean takeAnswer(long checkId) {
		return jdbc.sql("update readiness_check set answer_count = answer_count + 1 where id = ? and state = 'OPEN'")
			.param(checkId)
			.update() == 1;
	}

	/** One more answer to every question, in one statement. */
	void count(long checkId, Map<ReadinessQuestion, Integer> answers) {
		List<Object> params = new ArrayList<>();
		params.add(checkId);
		List<String> pairs = new ArrayList<>();
		answers.forEach((question, answer) -> {
			pairs.add("(question = ? and answer = ?)");
			params.add(question.name());
			params.add(answer);
		});
		int counted = jdbc.sql("update readiness_tally set answers = answers + 1 where check_id = ? and ("
				+ String.join(" or ", pairs) + ")")
			.params(params)
			.update();
		if (counted != answers.size()) {
			throw new IllegalStateException("Check " + checkId + " lacks tallies");
		}
	}

	/** @return false when it was closed already */
	boolean close(long checkId) {
		return jdbc.sql("update readiness_check set state = 'CLOSED' where id = ? and state = 'OPEN'").param(checkId).update() == 1;
	}

	Map<Long, ReadinessTallies> talliesOf(Collection<Long> checkIds) {
		Map<Long, ReadinessTallies> tallies = new HashMap<>();
		jdbc.sql("select check_id, question, answer, answers from readiness_tally where check_id = any(?)")
			.param(checkIds.toArray(Long[]::new))
			.query(rs -> {
				tallies.computeIfAbsent(rs.getLong("check_id"), id -> new ReadinessTallies())
					.add(ReadinessQuestion.valueOf(rs.getString("question")), rs.getInt("answer"), rs.getInt("answers"));
			});
		return tallies;
	}

	private StoredCheck check(ResultSet rs, int row) throws SQLException {
		return new StoredCheck(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("cycle_id"),
				ReadinessCheckState.valueOf(rs.getString("state")), rs.getInt("answer_count"));
	}
}
