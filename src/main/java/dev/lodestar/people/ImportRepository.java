package dev.lodestar.people;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

/**
 * What an import needs from the people and team tables, each in one statement however many rows the file has:
 * lookups by e-mail and name, and batched inserts.
 */
@Repository
class ImportRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ImportRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	Map<String, ImportFile.Known> peopleByEmail(Collection<String> emails) {
		Map<String, ImportFile.Known> found = new HashMap<>();
		if (!emails.isEmpty()) {
			jdbc.sql("select id, email, active from person where email = any(?)")
				.param(emails.toArray(String[]::new))
				.query(rs -> {
					found.put(rs.getString("email"), new ImportFile.Known(rs.getLong("id"), rs.getBoolean("active")));
				});
		}
		return found;
	}

	Map<String, List<Long>> teamsByName(Collection<String> names) {
		Map<String, List<Long>> found = new HashMap<>();
		if (!names.isEmpty()) {
			jdbc.sql("select id, name from team where name = any(?) order by id")
				.param(names.toArray(String[]::new))
				.query(rs -> {
					found.computeIfAbsent(rs.getString("name"), name -> new ArrayList<>()).add(rs.getLong("id"));
				});
		}
		return found;
	}

	/** @return the new ids, in the order of {@code people}; imported people have no password until an admin sets one */
	List<Long> insertPeople(List<ImportedPerson> people, Instant at) {
		return insertAll("""
				insert into person (name, email, password_hash, locale, admin, active, version, created_at, updated_at)
				values (?, ?, null, ?, ?, true, 0, ?, ?)""", people.size(), (statement, i) -> {
			ImportedPerson person = people.get(i);
			statement.setString(1, person.name());
			statement.setString(2, person.email());
			statement.setString(3, person.locale());
			statement.setBoolean(4, person.admin());
			statement.setObject(5, timestamp(at));
			statement.setObject(6, timestamp(at));
		});
	}

	/** Inserts the teams at the top of the tree; {@link #placeTeams} hangs them under their parents once all have ids. */
	List<Long> insertTeams(List<ImportedTeam> teams, Instant at) {
		return insertAll("insert into team (name, parent_id, version, created_at, updated_at) values (?, null, 0, ?, ?)",
				teams.size(), (statement, i) -> {
					statement.setString(1, teams.get(i).name());
					statement.setObject(2, timestamp(at));
					statement.setObject(3, timestamp(at));
				});
	}

	/** @param placements pairs of team id and parent id */
	void placeTeams(List<Object[]> placements) {
		if (!placements.isEmpty()) {
			batches.batchUpdate("update team set parent_id = ? where id = ?",
					placements.stream().map(pair -> new Object[] { pair[1], pair[0] }).toList());
		}
	}

	/** @param memberships triples of team id, person id and role ({@code LEAD} or {@code MEMBER}) */
	void insertMemberships(List<Object[]> memberships) {
		if (!memberships.isEmpty()) {
			batches.batchUpdate("insert into team_membership (team_id, person_id, role) values (?, ?, ?)", memberships);
		}
	}

	/** Existing teams that gained members are changed teams: their version moves on, so a stale edit is refused. */
	void touchTeams(Collection<Long> ids, Instant at) {
		if (!ids.isEmpty()) {
			jdbc.sql("update team set version = version + 1, updated_at = ? where id = any(?)")
				.params(timestamp(at), ids.toArray(Long[]::new))
				.update();
		}
	}

	private interface RowSetter {

		void set(PreparedStatement statement, int i) throws SQLException;
	}

	private List<Long> insertAll(String sql, int count, RowSetter setter) {
		if (count == 0) {
			return List.of();
		}
		var keys = new GeneratedKeyHolder();
		batches.batchUpdate(connection -> connection.prepareStatement(sql, new String[] { "id" }), new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				setter.set(statement, i);
			}

			@Override
			public int getBatchSize() {
				return count;
			}
		}, keys);
		List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
		if (ids.size() != count) {
			throw new IllegalStateException("The database returned " + ids.size() + " ids for " + count + " rows");
		}
		return ids;
	}
}
