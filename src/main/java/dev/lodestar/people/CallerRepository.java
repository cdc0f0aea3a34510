package dev.lodestar.people;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.i18n.SupportedLocales;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.security.TokenCaller;
import dev.lodestar.platform.security.TokenScope;

/** Loads a caller, an active person with their teams, in one query: on every API call and every page. */
@Repository
class CallerRepository {

	private static final String SELECT = """
			select p.id, p.name, p.locale, p.admin, p.coach, m.team_id%s
			from person p
			left join team_membership m on m.person_id = p.id
			""";

	private record Row(long personId, String name, String locale, boolean admin, boolean coach, Long teamId) {
	}

	private record ScopedRow(Row row, long tokenId, TokenScope scope) {
	}

	private final JdbcClient jdbc;

	CallerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The caller behind a live token, with the token's scope: still one query. */
	Optional<TokenCaller> byTokenHash(String hash) {
		var rows = jdbc.sql(SELECT.formatted(", t.id as token_id, t.scope") + "join api_token t on t.person_id = p.id "
				+ "where t.token_hash = ? and t.revoked_at is null and p.active = true")
			.param(hash)
			.query((rs, n) -> new ScopedRow(row(rs, n), rs.getLong("token_id"), TokenScope.valueOf(rs.getString("scope"))))
			.list();
		return callerOf(rows.stream().map(ScopedRow::row).toList())
			.map(caller -> new TokenCaller(caller, rows.get(0).tokenId(), rows.get(0).scope()));
	}

	Optional<Caller> byPersonId(long personId) {
		return callerOf(jdbc.sql(SELECT.formatted("") + "where p.id = ? and p.active = true").param(personId)
			.query(CallerRepository::row).list());
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long team = rs.getLong("team_id");
		boolean noTeam = rs.wasNull();
		return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("locale"), rs.getBoolean("admin"),
				rs.getBoolean("coach"), noTeam ? null : team);
	}

	private static Optional<Caller> callerOf(List<Row> rows) {
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> teams = new HashSet<>();
		rows.stream().map(Row::teamId).filter(Objects::nonNull).forEach(teams::add);
		Row first = rows.get(0);
		return Optional.of(new Caller(first.personId(), first.name(), first.admin(),
				SupportedLocales.fromTag(first.locale()).orElse(SupportedLocales.ENGLISH), teams, first.coach()));
	}
}
