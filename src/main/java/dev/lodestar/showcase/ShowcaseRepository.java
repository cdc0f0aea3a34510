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

@Repository
class ShowcaseRepository {

	private static final String COLUMNS = "id, objective_id, theme, note, nominated_by, nominated_at, state, decided_by, "
			+ "decided_at, reason, version";

	private final JdbcClient jdbc;

	ShowcaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long objectiveId, String theme, String note, long nominatedBy, Instant at, ShowcaseState state,
			Long decidedBy) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into showcase_entry (objective_id, theme, note, nominated_by, nominated_at, state, decided_by,
				                            decided_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(objectiveId, theme, note, nominatedBy, timestamp(at), state.name(), decidedBy,
					decidedBy == null ? null : timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** @return false when the entry is no longer a nomination of that version */
	boolean decide(long id, int version, ShowcaseState state, long decidedBy, String reason, Instant at) {
		return jdbc.sql("""
				update showcase_entry set state = ?, decided_by = ?, decided_at = ?, reason = ?, version = version + 1
				where id = ? and version = ? and state = 'NOMINATED'""")
			.params(state.name(), decidedBy, timestamp(at), reason, id, version)
			.update() == 1;
	}

	Optional<ShowcaseEntry> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from showcase_entry where id = ?").param(id)
			.query(ShowcaseRepository::entry).optional();
	}

	Optional<ShowcaseEntry> ofObjective(long objectiveId) {
		return jdbc.sql("select " + COLUMNS + " from showcase_entry where objective_id = ?").param(objectiveId)
			.query(ShowcaseRepository::entry).optional();
	}

	/** Every entry in a state, the latest first; the showcase is a curated few, read whole and narrowed in memory. */
	List<ShowcaseEntry> inState(ShowcaseState state) {
		return jdbc.sql("select " + COLUMNS + " from showcase_entry where state = ? order by coalesce(decided_at, "
				+ "nominated_at) desc, id desc").param(state.name()).query(ShowcaseRepository::entry).list();
	}

	/** The objectives of the entries in a state: ids only, for counting those still shown. */
	List<Long> objectiveIdsInState(ShowcaseState state) {
		return jdbc.sql("select objective_id from showcase_entry where state = ?").param(state.name())
			.query(Long.class).list();
	}

	void insertCopy(long objectiveId, long entryId, long copiedBy, Instant at) {
		jdbc.sql("insert into showcase_copy (objective_id, entry_id, copied_by, copied_at) values (?, ?, ?, ?)")
			.params(objectiveId, entryId, copiedBy, timestamp(at))
			.update();
	}

	/** The entry a draft was started from, if it was. */
	Optional<ShowcaseEntry> sourceOf(long objectiveId) {
		return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "e.$1")
				+ " from showcase_copy c join showcase_entry e on e.id = c.entry_id where c.objective_id = ?")
			.param(objectiveId)
			.query(ShowcaseRepository::entry)
			.optional();
	}

	private static ShowcaseEntry entry(ResultSet rs, int row) throws SQLException {
		return new ShowcaseEntry(rs.getLong("id"), rs.getLong("objective_id"), rs.getString("theme"), rs.getString("note"),
				rs.getLong("nominated_by"), instant(rs, "nominated_at"), ShowcaseState.valueOf(rs.getString("state")),
				nullableLong(rs, "decided_by"), instant(rs, "decided_at"), rs.getString("reason"), rs.getInt("version"));
	}
}
