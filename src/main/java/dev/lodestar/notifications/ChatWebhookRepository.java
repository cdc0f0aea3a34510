package dev.lodestar.notifications;

import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chat webhooks of the organisation (scope 0) and of teams (scope: the team's id), V29. */
@Repository
class ChatWebhookRepository {

	private final JdbcClient jdbc;

	ChatWebhookRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ChatHook> find(long scopeId) {
		return jdbc.sql("select scope_id, platform, url, secret, version from chat_webhook where scope_id = ?")
			.param(scopeId)
			.query((rs, row) -> new ChatHook(rs.getLong("scope_id"), ChatPlatform.valueOf(rs.getString("platform")),
					rs.getString("url"), rs.getString("secret"), rs.getInt("version")))
			.optional();
	}

	/** The scopes that have a webhook: one query, a number a row, for planning. */
	Set<Long> scopes() {
		return new HashSet<>(jdbc.sql("select scope_id from chat_webhook").query(Long.class).list());
	}

	void insert(long scopeId, ChatPlatform platform, String url, String secret, Instant at) {
		jdbc.sql("insert into chat_webhook (scope_id, team_id, platform, url, secret, version, updated_at) "
				+ "values (?, ?, ?, ?, ?, 1, ?)")
			.params(scopeId, scopeId == ChatHook.ORGANISATION ? null : scopeId, platform.name(), url, secret, timestamp(at))
			.update();
	}

	/** @return false when the version is no longer the stored one */
	boolean update(long scopeId, ChatPlatform platform, String url, String secret, int expectedVersion, Instant at) {
		return jdbc.sql("update chat_webhook set platform = ?, url = ?, secret = ?, version = version + 1, updated_at = ? "
				+ "where scope_id = ? and version = ?")
			.params(platform.name(), url, secret, timestamp(at), scopeId, expectedVersion)
			.update() == 1;
	}

	/** @return false when the version is no longer the stored one */
	boolean delete(long scopeId, int expectedVersion) {
		return jdbc.sql("delete from chat_webhook where scope_id = ? and version = ?").params(scopeId, expectedVersion).update() == 1;
	}
}
