package dev.lodestar.alignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class AlignmentLinkRepository {

	static final String COLUMNS = "l.id, l.child_objective_id, l.parent_objective_id, l.parent_key_result_id, l.roll_up, "
			+ "l.contribution_request_id, l.created_by, l.version, l.created_at";

	/** An end of a link: the objective and its cycle. */
	record Linked(long objectiveId, long cycleId) {
	}

	private final JdbcClient jdbc;

	AlignmentLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the organisation-wide turn to add links; see the migration for why. */
	void lockGuard() {
		jdbc.sql("select id from alignment_guard where id = 1 for update").query(Integer.class).single();
	}

	/** Every link reachable upward from the objective, in one recursive query; a loop ends it, not the database. */
	List<Loops.Edge> upwardFrom(long objectiveId) {
		return jdbc.sql("""
				with recursive up (child_id, parent_id) as (
				    select child_objective_id, parent_objective_id from alignment_link where child_objective_id = ?
				    union
				    select l.child_objective_id, l.parent_objective_id from alignment_link l join up on l.child_objective_id = up.parent_id
				)
				select child_id, parent_id from up""")
			.param(objectiveId)
			.query((rs, n) -> new Loops.Edge(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	long insert(Linked child, Linked parent, Long parentKeyResultId, boolean rollUp, Long contributionRequestId,
			long createdBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into alignment_link (child_objective_id, child_cycle_id, parent_objective_id, parent_cycle_id,
				                            parent_key_result_id, roll_up, contribution_request_id, created_by, version, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(child.objectiveId(), child.cycleId(), parent.objectiveId(), parent.cycleId(), parentKeyResultId, rollUp,
					contributionRequestId, createdBy, timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<AlignmentLink> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from alignment_link l where l.id = ?").param(id).query(AlignmentLinkRepository::link).optional();
	}

	Optional<AlignmentLink> between(long child, long parent) {
		return jdbc.sql("select " + COLUMNS + " from alignment_link l where l.child_objective_id = ? and l.parent_objective_id = ?")
			.params(child, parent)
			.query(AlignmentLinkRepository::link)
			.optional();
	}

	boolean updateRollUp(long id, boolean rollUp, int expectedVersion) {
		return jdbc.sql("update alignment_link set roll_up = ?, version = version + 1 where id = ? and version = ?")
			.params(rollUp, id, expectedVersion)
			.update() == 1;
	}

	void delete(long id) {
		jdbc.sql("delete from alignment_link where id = ?").param(id).update();
	}

	/** The links from or to any of these objectives: one query. */
	List<AlignmentLink> touching(Collection<Long> objectiveIds) {
		if (objectiveIds.isEmpty()) {
			return List.of();
		}
		Long[] ids = objectiveIds.toArray(Long[]::new);
		return jdbc.sql("select " + COLUMNS + " from alignment_link l where l.child_objective_id = any(?) "
				+ "union select " + COLUMNS + " from alignment_link l where l.parent_objective_id = any(?)")
			.params(ids, ids)
			.query(AlignmentLinkRepository::link)
			.list();
	}

	/** Every link from or to an objective of the cycle: the cycle's alignment in one query. */
	List<AlignmentLink> ofCycle(long cycleId) {
		return jdbc.sql("select " + COLUMNS + " from alignment_link l where l.child_cycle_id = ? or l.parent_cycle_id = ?")
			.params(cycleId, cycleId)
			.query(AlignmentLinkRepository::link)
			.list();
	}

	static AlignmentLink link(ResultSet rs, int row) throws SQLException {
		return new AlignmentLink(rs.getLong("id"), rs.getLong("child_objective_id"), rs.getLong("parent_objective_id"),
				nullableLong(rs, "parent_key_result_id"), rs.getBoolean("roll_up"), nullableLong(rs, "contribution_request_id"),
				rs.getLong("created_by"), rs.getInt("version"), instant(rs, "created_at"));
	}
}
