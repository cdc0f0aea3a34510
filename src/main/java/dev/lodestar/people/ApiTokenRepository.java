package dev.lodestar.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.security.TokenScope;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class ApiTokenRepository {

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long personId, String hash, TokenScope scope, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into api_token (person_id, token_hash, scope, created_at) values (?, ?, ?, ?)")
			.params(personId, hash, scope.name(), timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	List<ApiToken> ofPerson(long personId) {
		return new ArrayList<>(jdbc.sql("select id, scope, created_at, revoked_at from api_token where person_id = ? order by id desc")
			.param(personId)
			.query((rs, n) -> new ApiToken(rs.getLong("id"), TokenScope.valueOf(rs.getString("scope")), instant(rs, "created_at"),
					instant(rs, "revoked_at")))
			.list());
	}

	boolean revoke(long id, long personId, Instant at) {
		return jdbc.sql("update api_token set revoked_at = ? where id = ? and person_id = ? and revoked_at is null")
			.params(timestamp(at), id, personId)
			.update() == 1;
	}

	boolean exists(long id, long personId) {
		return jdbc.sql("select count(*) from api_token where id = ? and person_id = ?").params(id, personId).query(Long.class).single() > 0;
	}
}
