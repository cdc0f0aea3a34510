package dev.lodestar.showcase;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows without names: the names are read once for a whole list. */
@Repository
class CoachingRequestRepository {

	private static final String COLUMNS = "id, team_id, note, asked_by, asked_at, handled_by, handled_at";

	private final JdbcClient jdbc;

	CoachingRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code open_team_id} is the team while the request is open: the unique key allows one open request a team. */
	long insert(long teamId, String note, long askedBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into coaching_request (team_id, note, asked_by, asked_at, open_team_id) values (?, ?, ?, ?, ?)")
			.params(teamId, note, askedBy, timestamp(at), teamId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	boolean handle(long id, long handledBy, Instant at) {
		return jdbc.sql("update coaching_request set handled_by = ?, handled_at = ?, open_team_id = null "
				+ "where id = ? and handled_at is null")
			.params(handledBy, timestamp(at), id)
			.update() == 1;
	}

	Optional<CoachingRequest> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from coaching_request where id = ?").param(id)
			.query(CoachingRequestRepository::request).optional();
	}

	Optional<CoachingRequest> openOf(long teamId) {
		return jdbc.sql("select " + COLUMNS + " from coaching_request where open_team_id = ?").param(teamId)
			.query(CoachingRequestRepository::request).optional();
	}

	List<CoachingRequest> open() {
		return jdbc.sql("select " + COLUMNS + " from coaching_request where handled_at is null order by asked_at, id")
			.query(CoachingRequestRepository::request).list();
	}

	/** A team's requests, open and handled, the latest first; a team asks seldom, so they are read whole. */
	List<CoachingRequest> ofTeam(long teamId) {
		return jdbc.sql("select " + COLUMNS + " from coaching_request where team_id = ? order by asked_at desc, id desc")
			.param(teamId)
			.query(CoachingRequestRepository::request)
			.list();
	}

	/** How many requests wait for a coach: the home page shows the number, never the list. */
	int countOpen() {
		return jdbc.sql("select count(*) from coaching_request where handled_at is null").query(Integer.class).single();
	}

	private static CoachingRequest request(ResultSet rs, int row) throws SQLException {
		return new CoachingRequest(rs.getLong("id"), rs.getLong("team_id"), null, rs.getString("note"),
				rs.getLong("asked_by"), null, instant(rs, "asked_at"), nullableLong(rs, "handled_by"),
				instant(rs, "handled_at"));
	}
}
