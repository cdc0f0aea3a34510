package dev.lodestar.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.security.Caller;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class KeyResultRepository {

	private static final String COLUMNS = "id, objective_id, position, title, kind, start_value, target_value, unit, "
			+ "owner_person_id, version, draft";

	private static final String MEASURE_COLUMNS = "k.id, k.objective_id, k.kind, k.start_value, k.target_value";

	private static final String PREFIXED_COLUMNS = "k.id, k.objective_id, k.position, k.title, k.kind, k.start_value, "
			+ "k.target_value, k.unit, k.owner_person_id, k.version, k.draft";

	/** How many key results an objective has and may have, and the position after the last. */
	record Occupancy(int count, int cap, int nextPosition) {
	}

	/** A key result with what decides who may see and change it: its objective's owner and cycle. */
	record Placed(KeyResult keyResult, Owner owner, long cycleId) {
	}

	private final JdbcClient jdbc;

	KeyResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Occupancy occupancyOf(long objectiveId) {
		return jdbc.sql("select count(k.id), c.max_key_results_per_objective, coalesce(max(k.position), 0) + 1 "
				+ "from objective_caps c left join key_result k on k.objective_id = ? where c.id = 1 "
				+ "group by c.max_key_results_per_objective")
			.param(objectiveId)
			.query((rs, n) -> new Occupancy(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	long insert(KeyResult draft, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into key_result (objective_id, position, title, kind, start_value, target_value, unit, owner_person_id,
				                        version, created_at, updated_at, draft)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
			.params(draft.objectiveId(), draft.position(), draft.title(), draft.kind().name(), draft.start(), draft.target(),
					draft.unit(), draft.ownerPersonId(), timestamp(at), timestamp(at), draft.draft())
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

	/** Confirms a draft: false when the key result changed meanwhile or is no draft. */
	boolean confirm(long id, int expectedVersion, Instant at) {
		return jdbc.sql("update key_result set draft = false, version = version + 1, updated_at = ? "
				+ "where id = ? and version = ? and draft = true")
			.params(timestamp(at), id, expectedVersion)
			.update() == 1;
	}

	void delete(long id) {
		jdbc.sql("delete from key_result where id = ?").param(id).update();
	}

	Optional<KeyResult> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from key_result where id = ?").param(id).query(KeyResultRepository::keyResult).optional();
	}

	/**
	 * The key result, if the caller may see its objective: one query for both. The objective's owner columns are
	 * renamed, or the key result's own owner_person_id would be read in their place.
	 */
	Optional<Placed> findVisible(Caller caller, long id) {
		List<Object> params = new ArrayList<>(List.of(id));
		params.addAll(ObjectiveRepository.visibleParams(caller));
		return jdbc.sql("select " + PREFIXED_COLUMNS + ", o.owner_team_id as objective_team_id, o.owner_person_id as objective_person_id, o.cycle_id "
				+ "from key_result k join objective o on o.id = k.objective_id where k.id = ? and " + ObjectiveRepository.VISIBLE)
			.params(params)
			.query((rs, n) -> new Placed(keyResult(rs, n),
					new Owner(nullableLong(rs, "objective_team_id"), nullableLong(rs, "objective_person_id")), rs.getLong("cycle_id")))
			.optional();
	}

	/** The key results among these ids whose objective the caller may see, with their objective's owner and cycle. */
	List<Placed> findVisible(Caller caller, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(List.of((Object) ids.toArray(Long[]::new)));
		params.addAll(ObjectiveRepository.visibleParams(caller));
		return jdbc.sql("select " + PREFIXED_COLUMNS + ", o.owner_team_id as objective_team_id, o.owner_person_id as objective_person_id, o.cycle_id "
				+ "from key_result k join objective o on o.id = k.objective_id where k.id = any(?) and " + ObjectiveRepository.VISIBLE)
			.params(params)
			.query((rs, n) -> new Placed(keyResult(rs, n),
					new Owner(nullableLong(rs, "objective_team_id"), nullableLong(rs, "objective_person_id")), rs.getLong("cycle_id")))
			.list();
	}

	/**
	 * The confirmed key results a person owns in these cycles, under objectives the caller may see and that are no
	 * drafts: one query.
	 */
	List<KeyResult> ownedBy(Caller caller, long personId, Collection<Long> cycleIds) {
		if (cycleIds.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>(List.of(personId, (Object) cycleIds.toArray(Long[]::new)));
		params.addAll(ObjectiveRepository.visibleParams(caller));
		return jdbc.sql("select " + PREFIXED_COLUMNS + " from key_result k join objective o on o.id = k.objective_id "
				+ "where k.owner_person_id = ? and o.cycle_id = any(?) and not k.draft and not o.draft and "
				+ ObjectiveRepository.VISIBLE + " order by o.cycle_id, k.objective_id, k.position")
			.params(params)
			.query(KeyResultRepository::keyResult)
			.list();
	}

	/**
	 * The key results of a cycle's objectives with only what progress needs (kind, start, target), in one query:
	 * a picture of a whole cycle reads tens of thousands of them, and their words would be thrown away.
	 */
	List<KeyResult> measuresInCycle(long cycleId) {
		return jdbc.sql("select " + MEASURE_COLUMNS + " from key_result k join objective o on o.id = k.objective_id "
				+ "where o.cycle_id = ?")
			.param(cycleId)
			.query(KeyResultRepository::measure)
			.list();
	}

	List<KeyResult> measuresOf(Collection<Long> objectiveIds) {
		if (objectiveIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + MEASURE_COLUMNS + " from key_result k where k.objective_id = any(?)")
			.param(objectiveIds.toArray(Long[]::new))
			.query(KeyResultRepository::measure)
			.list();
	}

	/** A key result with its measure only: enough for {@link KeyResult#progressAt}, nothing to show. */
	private static KeyResult measure(ResultSet rs, int row) throws SQLException {
		return new KeyResult(rs.getLong("id"), rs.getLong("objective_id"), 0, null, KeyResultKind.valueOf(rs.getString("kind")),
				decimal(rs, "start_value"), decimal(rs, "target_value"), null, 0, 0, false);
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
				rs.getString("unit"), rs.getLong("owner_person_id"), rs.getInt("version"), rs.getBoolean("draft"));
	}
}
