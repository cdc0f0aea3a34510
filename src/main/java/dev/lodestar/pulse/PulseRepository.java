package dev.lodestar.pulse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Pulses, who answered them and their tallies. Nothing here reads or writes a person beside an answer: the
 * participant rows and the tallies are written apart and never joined (ADR 0016).
 */
@Repository
class PulseRepository {

	/** A pulse's row; its cycle's name is filled in by the caller from the cycles module. */
	record PulseRow(long id, long cycleId, PulseState state, int answered, int version) {
	}

	/** One tally: how many in a team gave a question an answer; team 0 is no team. */
	record Tally(long pulseId, long teamId, PulseQuestion question, int answer, int answers) {
	}

	static final long NO_TEAM = 0;

	private static final String COLUMNS = "p.id, p.cycle_id, p.state, p.version, "
			+ "(select count(*) from pulse_participant a where a.pulse_id = p.id) as answered";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	PulseRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	long insert(long cycleId) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into pulse (cycle_id, state, version, open_slot) values (?, 'OPEN', 1, 1)").param(cycleId)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Every count of the pulse at zero for these teams (and no team), written when the pulse opens, so that answering
	 * only ever adds one: the rows' physical order then tells nothing of who answered first (ADR 0016). One batch.
	 */
	void insertEmptyTallies(long pulseId, List<Long> teamIds) {
		List<Object[]> rows = new ArrayList<>();
		for (long teamId : teamIds) {
			grid(pulseId, teamId, rows::add);
		}
		batches.batchUpdate("insert into pulse_tally (pulse_id, team_id, question, answer, answers) values (?, ?, ?, ?, 0)",
				rows);
	}

	private static void grid(long pulseId, long teamId, Consumer<Object[]> row) {
		for (PulseQuestion question : PulseQuestion.values()) {
			for (int answer = PulseQuestion.LOWEST; answer <= PulseQuestion.HIGHEST; answer++) {
				row.accept(new Object[] { pulseId, teamId, question.name(), answer });
			}
		}
	}

	/** Whether the key that broke was the one that allows one open pulse at a time (rather than one per cycle). */
	static boolean anotherIsOpen(DuplicateKeyException broken) {
		return String.valueOf(broken.getMessage()).toLowerCase(Locale.ROOT).contains("pulse_one_open");
	}

	boolean existsFor(long cycleId) {
		return jdbc.sql("select count(*) from pulse where cycle_id = ?").param(cycleId).query(Integer.class).single() > 0;
	}

	Optional<PulseRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from pulse p where p.id = ?").param(id).query(PulseRepository::row).optional();
	}

	/** The pulse open most recently, if any is open. */
	Optional<PulseRow> current() {
		return jdbc.sql("select " + COLUMNS + " from pulse p where p.state = 'OPEN' order by p.id desc fetch first 1 rows only")
			.query(PulseRepository::row)
			.optional();
	}

	/** Every pulse, the newest first. */
	List<PulseRow> all() {
		return jdbc.sql("select " + COLUMNS + " from pulse p order by p.id desc").query(PulseRepository::row).list();
	}

	/**
	 * Locks the pulse against other answers until the transaction ends, so that two answers from one team never
	 * race to create the same tally row; answers of one pulse are few and quick.
	 */
	Optional<PulseState> lock(long id) {
		return jdbc.sql("select state from pulse where id = ? for update")
			.param(id)
			.query((rs, row) -> PulseState.valueOf(rs.getString(1)))
			.optional();
	}

	boolean close(long id) {
		return jdbc.sql("update pulse set state = 'CLOSED', open_slot = null, version = version + 1 "
				+ "where id = ? and state = 'OPEN'")
			.param(id)
			.update() == 1;
	}

	boolean hasAnswered(long pulseId, long personId) {
		return jdbc.sql("select count(*) from pulse_participant where pulse_id = ? and person_id = ?")
			.params(pulseId, personId)
			.query(Integer.class)
			.single() > 0;
	}

	void addParticipant(long pulseId, long personId) {
		jdbc.sql("insert into pulse_participant (pulse_id, person_id) values (?, ?)").params(pulseId, personId).update();
	}

	/**
	 * Adds one to each chosen answer's count: two statements, whatever the number of questions or answers. A team
	 * formed after the pulse opened gets its whole grid of zero counts at its first answer (all five answers of every
	 * question at once, so the rows still do not tell which answer was given).
	 */
	void count(long pulseId, long teamId, Map<PulseQuestion, Integer> answers) {
		List<Object[]> missing = new ArrayList<>();
		grid(pulseId, teamId, row -> missing.add(new Object[] { row[0], row[1], row[2], row[3], row[0], row[1], row[2], row[3] }));
		batches.batchUpdate("insert into pulse_tally (pulse_id, team_id, question, answer, answers) "
				+ "select ?, ?, ?, ?, 0 from (values (1)) as one(x) where not exists (select 1 from pulse_tally t "
				+ "where t.pulse_id = ? and t.team_id = ? and t.question = ? and t.answer = ?)", missing);
		List<Object[]> rows = new ArrayList<>();
		answers.forEach((question, answer) -> rows.add(new Object[] { pulseId, teamId, question.name(), answer }));
		batches.batchUpdate("update pulse_tally set answers = answers + 1 "
				+ "where pulse_id = ? and team_id = ? and question = ? and answer = ?", rows);
	}

	/**
	 * The counts above zero of these pulses: one query. The zeros written at the opening are left out, so a reading
	 * sees the teams that answered, and reads no more rows than there were answers to count.
	 */
	List<Tally> tallies(List<Long> pulseIds) {
		return jdbc.sql("select pulse_id, team_id, question, answer, answers from pulse_tally "
				+ "where pulse_id = any(?) and answers > 0")
			.param(pulseIds.toArray(Long[]::new))
			.query((rs, row) -> new Tally(rs.getLong(1), rs.getLong(2), PulseQuestion.valueOf(rs.getString(3)), rs.getInt(4),
					rs.getInt(5)))
			.list();
	}


	private static PulseRow row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PulseRow(rs.getLong("id"), rs.getLong("cycle_id"), PulseState.valueOf(rs.getString("state")),
				rs.getInt("answered"), rs.getInt("version"));
	}
}
