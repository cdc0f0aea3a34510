package dev.lodestar.cycles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.web.PageQuery;

import static dev.lodestar.platform.jdbc.SqlValues.containing;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class CycleRepository {

	private final JdbcClient jdbc;

	CycleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, LocalDate startsOn, LocalDate endsOn, CycleState state, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into cycle (name, starts_on, ends_on, state, version, created_at, updated_at) values (?, ?, ?, ?, 0, ?, ?)")
			.params(name, startsOn, endsOn, state.name(), timestamp(at), timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	boolean update(Cycle cycle, int expectedVersion, Instant at) {
		return jdbc.sql("update cycle set name = ?, starts_on = ?, ends_on = ?, state = ?, version = version + 1, updated_at = ? "
				+ "where id = ? and version = ?")
			.params(cycle.name(), cycle.startsOn(), cycle.endsOn(), cycle.state().name(), timestamp(at), cycle.id(), expectedVersion)
			.update() == 1;
	}

	/** Moves the cycle to another state if it is still at {@code expectedVersion}. */
	boolean updateState(long id, CycleState state, int expectedVersion, Instant at) {
		return jdbc.sql("update cycle set state = ?, version = version + 1, updated_at = ? where id = ? and version = ?")
			.params(state.name(), timestamp(at), id, expectedVersion)
			.update() == 1;
	}

	Optional<Cycle> find(long id) {
		return jdbc.sql("select id, name, starts_on, ends_on, state, version from cycle where id = ?")
			.param(id)
			.query(CycleRepository::cycle)
			.optional();
	}

	/**
	 * The cycle a page shows when none is asked for: the active one running today, else the latest active,
	 * else the latest planned, else the latest at all.
	 */
	Optional<Cycle> current(LocalDate today) {
		return jdbc.sql("select id, name, starts_on, ends_on, state, version from cycle "
				+ "order by case when state = 'ACTIVE' and starts_on <= ? and ends_on >= ? then 0 "
				+ "when state = 'ACTIVE' then 1 when state = 'PLANNING' then 2 else 3 end, starts_on desc, id desc limit 1")
			.params(today, today)
			.query(CycleRepository::cycle)
			.optional();
	}

	/** Cycles that ended before the day, the latest first. */
	List<Cycle> endedBefore(LocalDate day, int limit) {
		return jdbc.sql("select id, name, starts_on, ends_on, state, version from cycle where ends_on < ? "
				+ "order by ends_on desc, id desc limit ?")
			.params(day, limit)
			.query(CycleRepository::cycle)
			.list();
	}

	/** Cycles that run at least from {@code startsOn} to {@code endsOn}: the cycle itself and longer ones around it. */
	List<Cycle> around(LocalDate startsOn, LocalDate endsOn) {
		return jdbc.sql("select id, name, starts_on, ends_on, state, version from cycle where starts_on <= ? and ends_on >= ? "
				+ "order by starts_on desc, id desc")
			.params(startsOn, endsOn)
			.query(CycleRepository::cycle)
			.list();
	}

	List<Cycle> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, name, starts_on, ends_on, state, version from cycle where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(CycleRepository::cycle)
			.list();
	}

	List<Cycle> list(String text, CycleState state, PageQuery page) {
		return jdbc.sql("select id, name, starts_on, ends_on, state, version from cycle where " + MATCHES
				+ " order by starts_on desc, id desc limit ? offset ?")
			.params(containing(text), nameOf(state), nameOf(state), page.size(), page.offset())
			.query(CycleRepository::cycle)
			.list();
	}

	long count(String text, CycleState state) {
		return jdbc.sql("select count(*) from cycle where " + MATCHES)
			.params(containing(text), nameOf(state), nameOf(state))
			.query(Long.class)
			.single();
	}

	private static final String MATCHES = "lower(name) like ? and (cast(? as varchar) is null or state = ?)";

	private static String nameOf(CycleState state) {
		return state == null ? null : state.name();
	}

	private static Cycle cycle(ResultSet rs, int row) throws SQLException {
		return new Cycle(rs.getLong("id"), rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), CycleState.valueOf(rs.getString("state")), rs.getInt("version"));
	}
}
