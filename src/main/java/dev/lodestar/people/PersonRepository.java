package dev.lodestar.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.web.PageQuery;

import static dev.lodestar.platform.jdbc.SqlValues.containing;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class PersonRepository {

	private static final String COLUMNS = "id, name, email, locale, admin, coach, active, version, created_at, updated_at";

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String email, String passwordHash, String locale, boolean admin, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into person (name, email, password_hash, locale, admin, active, version, created_at, updated_at)
				values (?, ?, ?, ?, ?, true, 0, ?, ?)""")
			.params(name, email, passwordHash, locale, admin, timestamp(at), timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** @return false when the version is no longer the stored one */
	boolean update(Person person, String passwordHash, int expectedVersion, Instant at) {
		return jdbc.sql("""
				update person set name = ?, email = ?, locale = ?, admin = ?, coach = ?, active = ?,
				       password_hash = coalesce(?, password_hash), version = version + 1, updated_at = ?
				where id = ? and version = ?""")
			.params(person.name(), person.email(), person.locale(), person.admin(), person.coach(), person.active(), passwordHash,
					timestamp(at), person.id(), expectedVersion)
			.update() == 1;
	}

	Optional<Person> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = ?").param(id).query(PersonRepository::person).optional();
	}

	Optional<Person> findByEmail(String email) {
		return jdbc.sql("select " + COLUMNS + " from person where email = ?").param(email).query(PersonRepository::person).optional();
	}

	Optional<String> passwordHashOf(long id) {
		return jdbc.sql("select password_hash from person where id = ?").param(id).query(String.class).optional();
	}

	List<Person> search(String text, PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from person where " + MATCHES + " order by name, id limit ? offset ?")
			.params(containing(text), containing(text), page.size(), page.offset())
			.query(PersonRepository::person)
			.list();
	}

	long count(String text) {
		return jdbc.sql("select count(*) from person where " + MATCHES).params(containing(text), containing(text)).query(Long.class).single();
	}

	Set<Long> activeAmong(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select id from person where active = true and id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	Map<Long, Person> findAll(Collection<Long> ids) {
		Map<Long, Person> found = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select " + COLUMNS + " from person where id = any(?)")
				.param(ids.toArray(Long[]::new))
				.query(PersonRepository::person)
				.list()
				.forEach(person -> found.put(person.id(), person));
		}
		return found;
	}

	Map<Long, String> namesOf(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, name from person where id = any(?)")
				.param(ids.toArray(Long[]::new))
				.query(rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		}
		return names;
	}

	boolean anyActiveAdminBut(long id) {
		return jdbc.sql("select count(*) from person where admin = true and active = true and id <> ?")
			.param(id).query(Long.class).single() > 0;
	}

	void nameOrganisation(String name, Instant at) {
		jdbc.sql("insert into organisation (id, name, created_at) values (1, ?, ?)").params(name, timestamp(at)).update();
	}

	Optional<String> organisationName() {
		return jdbc.sql("select name from organisation where id = 1").query(String.class).optional();
	}

	List<Person> coaches() {
		return jdbc.sql("select " + COLUMNS + " from person where coach = true and active = true order by name, id")
			.query(PersonRepository::person).list();
	}

	boolean anyAdmin() {
		return jdbc.sql("select count(*) from person where admin = true").query(Long.class).single() > 0;
	}

	private static final String MATCHES = "(lower(name) like ? or email like ?)";

	private static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("locale"),
				rs.getBoolean("admin"), rs.getBoolean("coach"), rs.getBoolean("active"), rs.getInt("version"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}
}
