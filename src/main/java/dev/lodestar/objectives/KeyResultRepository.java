package dev.lodestar.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class KeyResultRepository {

	private static final String COLUMNS = "id, objective_id, position, title, kind, start_value, target_value, unit, "
			+ "owner_person_id, version";

	/** How many key results an objective has, and the position after the last. */
	record Occupancy(int count, int nextPosition) {
	}

	private final JdbcClient jdbc;

	KeyResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Occupancy occupancyOf(long objectiveId) {
		return jdbc.sql("select count(*), coalesce(max(position), 0) + 1 from key_result where objective_id = ?")
			.param(objectiveId)
			.query((rs, n) -> new Occupancy(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	long insert(KeyResult draft, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into key_result (objective_id, position, title, kind, start_value, target_value, unit, owner_person_id,
				                        version, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(draft.objectiveId(), draft.position(), draft.title(), draft.kind().name(), draft.start(), draft.target(),
					draft.unit(), draft.ownerPersonId(), timestamp(at), timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	boolean update(KeyResult revised, int expectedVersion, Instant at) {
		return jdbc.sql("""
				update key_result set objective_id = ?, position = ?, title = ?, start_value = ?, target_value = ?, unit = ?,
				       owner_person_id = ?, version = version + 1, updated_at = ?
				where id = ? and version = ?""")
			.params(revised.objectiveId(), revised.position(), revised.title(), revised.start(), revised.target(),
					revised.unit(), revised.ownerPersonId(), timestamp(at), revised.id(), expectedVersion)
			.update() == 1;
	}

	void delete(long id) {
		jdbc.sql("delete from key_result where id = ?").param(id).update();
	}

	Optional<KeyResult> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from key_result where id = ?").param(id).query(KeyResultRepository::keyResult).optional();
	}

	List<KeyResult> ofObjectives(Collection<Long> objectiveIds) {
		if (objectiveIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from key_result where objective_id = any(?) order by objective_id, position")
			.param(objectiveIds.toArray(Long[]::new))
			.query(KeyResultRepository::keyResult)
			.list();
	}

	private static KeyResult keyResult(ResultSet rs, int row) throws SQLException {
		return new KeyResult(rs.getLong("id"), rs.getLong("objective_id"), rs.getInt("position"), rs.getString("title"),
				KeyResultKind.valueOf(rs.getString("kind")), decimal(rs, "start_value"), decimal(rs, "target_value"),
				rs.getString("unit"), rs.getLong("owner_person_id"), rs.getInt("version"));
	}
}
