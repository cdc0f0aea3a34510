package dev.lodestar.cocreation;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sessions and who takes part in them (tables of V22). */
@Repository
class SessionRepository {

	private static final String SESSION = "select s.id, s.team_id, s.cycle_id, s.state, s.votes_per_participant, "
			+ "s.timer_ends_at, s.opened_by, s.opened_at, s.finished_at, s.version from cocreation_session s ";

	/** Someone invited or joined; {@code joinedAt} is null until they open the session. */
	record Participant(long personId, boolean invited, Instant joinedAt) {
	}

	private final JdbcClient jdbc;

	SessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long teamId, long cycleId, int votes, long openedBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into cocreation_session (team_id, cycle_id, state, running_key, votes_per_participant, "
				+ "opened_by, opened_at, version) values (?, ?, 'OPEN', ?, ?, ?, ?, 1)")
			.params(teamId, cycleId, runningKey(teamId, cycleId), votes, openedBy, timestamp(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static String runningKey(long teamId, long cycleId) {
		return teamId + ":" + cycleId;
	}

	Optional<CoCreationSession> find(long id) {
		return jdbc.sql(SESSION + "where s.id = ?").param(id).query(SessionRepository::session).optional();
	}

	/** The session, locked until the transaction ends: votes, adoptions and moves of one session go one at a time. */
	Optional<CoCreationSession> lock(long id) {
		return jdbc.sql(SESSION + "where s.id = ? for update").param(id).query(SessionRepository::session).optional();
	}

	Optional<CoCreationSession> running(long teamId, long cycleId) {
		return jdbc.sql(SESSION + "where s.running_key = ?")
			.param(runningKey(teamId, cycleId))
			.query(SessionRepository::session)
			.optional();
	}

	List<CoCreationSession> ofTeam(long teamId, int limit) {
		return jdbc.sql(SESSION + "where s.team_id = ? order by s.id desc limit ?")
			.params(teamId, limit)
			.query(SessionRepository::session)
			.list();
	}

	/** Running sessions the person was invited to, newest first. */
	List<CoCreationSession> invitationsOf(long personId, int limit) {
		return jdbc.sql(SESSION + "join cocreation_participant p on p.session_id = s.id "
				+ "where p.person_id = ? and p.invited and s.state <> 'FINISHED' order by s.id desc limit ?")
			.params(personId, limit)
			.query(SessionRepository::session)
			.list();
	}

	/** Moves the session on if it is still at {@code version}; a finished one no longer holds its team's place. */
	boolean move(long id, int version, SessionState to, Instant at) {
		boolean finishing = to == SessionState.FINISHED;
		return jdbc.sql("update cocreation_session set state = ?, version = version + 1"
				+ (finishing ? ", running_key = null, finished_at = ?, timer_ends_at = null" : "")
				+ " where id = ? and version = ?")
			.params(finishing ? List.of(to.name(), timestamp(at), id, version) : List.of(to.name(), id, version))
			.update() == 1;
	}

	void setTimer(long id, Instant endsAt) {
		jdbc.sql("update cocreation_session set timer_ends_at = ? where id = ?")
			.params(endsAt == null ? null : timestamp(endsAt), id)
			.update();
	}

	/** Adds the people as invited, leaving those already taking part as they are. */
	void invite(long sessionId, Collection<Long> personIds) {
		jdbc.sql("insert into cocreation_participant (session_id, person_id, invited) select ?, p.id, true "
				+ "from unnest(?) as p(id) on conflict do nothing")
			.params(sessionId, personIds.toArray(Long[]::new))
			.update();
	}

	/** Records that the person joined, once: the first time counts. */
	void join(long sessionId, long personId, Instant at) {
		int updated = jdbc.sql("update cocreation_participant set joined_at = ? "
				+ "where session_id = ? and person_id = ? and joined_at is null")
			.params(timestamp(at), sessionId, personId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into cocreation_participant (session_id, person_id, invited, joined_at) "
					+ "values (?, ?, false, ?) on conflict do nothing")
				.params(sessionId, personId, timestamp(at))
				.update();
		}
	}

	boolean isInvited(long sessionId, long personId) {
		return jdbc.sql("select count(*) from cocreation_participant where session_id = ? and person_id = ? and invited")
			.params(sessionId, personId)
			.query(Long.class)
			.single() > 0;
	}

	List<Participant> participants(long sessionId) {
		return jdbc.sql("select person_id, invited, joined_at from cocreation_participant where session_id = ? "
				+ "order by joined_at nulls last, person_id")
			.param(sessionId)
			.query((rs, row) -> new Participant(rs.getLong("person_id"), rs.getBoolean("invited"), instant(rs, "joined_at")))
			.list();
	}

	private static CoCreationSession session(ResultSet rs, int row) throws SQLException {
		return new CoCreationSession(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("cycle_id"),
				SessionState.valueOf(rs.getString("state")), rs.getInt("votes_per_participant"), instant(rs, "timer_ends_at"),
				rs.getLong("opened_by"), instant(rs, "opened_at"), instant(rs, "finished_at"), rs.getInt("version"));
	}
}
