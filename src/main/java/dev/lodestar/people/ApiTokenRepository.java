package dev.lodestar.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.i18n.SupportedLocales;
import dev.lodestar.platform.security.Caller;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class ApiTokenRepository {

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long personId, String hash, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into api_token (person_id, token_hash, created_at) values (?, ?, ?)")
			.params(personId, hash, timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** The caller behind a live token of an active person, with their teams: one query on every API call. */
	Optional<Caller> callerFor(String hash) {
		record Row(long personId, String locale, boolean admin, Long teamId) {
		}
		List<Row> rows = jdbc.sql("""
				select p.id, p.locale, p.admin, m.team_id
				from api_token t
				join person p on p.id = t.person_id
				left join team_membership m on m.person_id = p.id
				where t.token_hash = ? and t.revoked_at is null and p.active = true""")
			.param(hash)
			.query((rs, n) -> {
				long team = rs.getLong("team_id");
				return new Row(rs.getLong("id"), rs.getString("locale"), rs.getBoolean("admin"), rs.wasNull() ? null : team);
			})
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> teams = new HashSet<>();
		rows.stream().map(Row::teamId).filter(java.util.Objects::nonNull).forEach(teams::add);
		Row first = rows.get(0);
		return Optional.of(new Caller(first.personId(), first.admin(),
				SupportedLocales.fromTag(first.locale()).orElse(SupportedLocales.ENGLISH), teams));
	}

	List<ApiToken> ofPerson(long personId) {
		return new ArrayList<>(jdbc.sql("select id, created_at, revoked_at from api_token where person_id = ? order by id desc")
			.param(personId)
			.query((rs, n) -> new ApiToken(rs.getLong("id"), instant(rs, "created_at"), instant(rs, "revoked_at")))
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
