package dev.lodestar.platform.idempotency;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.jdbc.SqlValues;

@Repository
class IdempotencyRepository {

	record Stored(String fingerprint, String response) {
	}

	private final JdbcClient jdbc;

	IdempotencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(long personId, String key) {
		return jdbc.sql("select fingerprint, response from idempotency_key where person_id = ? and idempotency_key = ?")
			.params(personId, key)
			.query((rs, n) -> new Stored(rs.getString("fingerprint"), rs.getString("response")))
			.optional();
	}

	void insert(long personId, String key, String fingerprint, String response, Instant at) {
		jdbc.sql("""
				insert into idempotency_key (person_id, idempotency_key, fingerprint, response, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(personId, key, fingerprint, response, SqlValues.timestamp(at))
			.update();
	}

	void deleteCreatedBefore(Instant cutoff) {
		jdbc.sql("delete from idempotency_key where created_at < ?").params(SqlValues.timestamp(cutoff)).update();
	}
}
