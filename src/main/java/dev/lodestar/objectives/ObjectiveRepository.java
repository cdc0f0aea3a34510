package dev.lodestar.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.PageQuery;

import static dev.lodestar.platform.jdbc.SqlValues.containing;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

/**
 * Objectives and their viewers. Every read for a caller goes through {@link #VISIBLE}, so a private
 * objective is absent from lists, searches and counts alike, not merely hidden.
 */
@Repository
class ObjectiveRepository {

	private static final String COLUMNS = "o.id, o.cycle_id, o.owner_team_id, o.owner_person_id, o.title, o.description, "
			+ "o.visibility, o.created_by, o.version, o.created_at, o.updated_at, o.draft";

	static final String VISIBLE = "(o.visibility = 'PUBLIC' or ? = true or o.owner_person_id = ? "
			+ "or o.owner_team_id = any(?) or exists (select 1 from objective_viewer v where v.objective_id = o.id and v.person_id = ?))";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ObjectiveRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** The cap, and the slots the owner's objectives take in the cycle: a new objective takes the lowest free one. */
	record Slots(int cap, List<Integer> taken) {

		/** The lowest slot not taken; one beyond the cap means the owner is full. */
		int lowestFree() {
			int slot = 1;
			while (taken.contains(slot)) {
				slot++;
			}
			return slot;
		}

		boolean full() {
			return lowestFree() > cap;
		}
	}

	Slots slotsOf(long cycleId, Owner owner) {
		String column = owner.isTeam() ? "owner_team_id" : "owner_person_id";
		List<Integer> taken = new ArrayList<>();
		int[] cap = new int[1];
		jdbc.sql("select c.max_objectives_per_owner, o.owner_slot from objective_caps c "
				+ "left join objective o on o.cycle_id = ? and o." + column + " = ? where c.id = 1")
			.params(cycleId, owner.isTeam() ? owner.teamId() : owner.personId())
			.query(rs -> {
				cap[0] = rs.getInt(1);
				int slot = rs.getInt(2);
				if (!rs.wasNull()) {
					taken.add(slot);
				}
			});
		return new Slots(cap[0], taken);
	}

	long insert(long cycleId, Owner owner, int slot, String title, String description, Visibility visibility,
			long createdBy, Instant at, boolean draft) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into objective (cycle_id, owner_team_id, owner_person_id, owner_slot, title, description, visibility,
				                       created_by, version, created_at, updated_at, draft)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
			.params(cycleId, owner.teamId(), owner.personId(), slot, title, description, visibility.name(), createdBy,
					timestamp(at), timestamp(at), draft)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	boolean update(long id, String title, String description, Visibility visibility, int expectedVersion, Instant at) {
		return jdbc.sql("update objective set title = ?, description = ?, visibility = ?, version = version + 1, updated_at = ? "
				+ "where id = ? and version = ?")
			.params(title, description, visibility.name(), timestamp(at), id, expectedVersion)
			.update() == 1;
	}

	/** Confirms a draft: false when the objective changed meanwhile or is no draft. */
	boolean confirm(long id, int expectedVersion, Instant at) {
		return jdbc.sql("update objective set draft = false, version = version + 1, updated_at = ? "
				+ "where id = ? and version = ? and draft = true")
			.params(timestamp(at), id, expectedVersion)
			.update() == 1;
	}

	void replaceViewers(long id, Collection<Long> viewerIds) {
		jdbc.sql("delete from objective_viewer where objective_id = ?").param(id).update();
		if (!viewerIds.isEmpty()) {
			batches.batchUpdate("insert into objective_viewer (objective_id, person_id) values (?, ?)",
					viewerIds.stream().map(viewer -> new Object[] { id, viewer }).toList());
		}
	}

	void delete(long id) {
		jdbc.sql("delete from objective where id = ?").param(id).update();
	}

	/** The objective, if the caller may see it; {@code forUpdate} locks its row until the transaction ends. */
	Optional<Objective> findVisible(Caller caller, long id, boolean forUpdate) {
		List<Object> params = new ArrayList<>(List.of(id));
		params.addAll(visibleParams(caller));
		return withViewers(jdbc.sql("select " + COLUMNS + " from objective o where o.id = ? and " + VISIBLE
				+ (forUpdate ? " for update" : ""))
			.params(params)
			.query(ObjectiveRepository::objective)
			.list()).stream().findFirst();
	}

	/** Whether the objective exists and the caller may see it: one query, no viewers loaded. */
	boolean isVisible(Caller caller, long id) {
		List<Object> params = new ArrayList<>(List.of(id));
		params.addAll(visibleParams(caller));
		return jdbc.sql("select count(*) from objective o where o.id = ? and " + VISIBLE)
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	List<Objective> visibleInCycle(Caller caller, long cycleId, Long ownerTeamId) {
		List<Object> params = new ArrayList<>(List.of(cycleId));
		String teamFilter = "";
		if (ownerTeamId != null) {
			teamFilter = " and o.owner_team_id = ?";
			params.add(ownerTeamId);
		}
		params.addAll(visibleParams(caller));
		return withViewers(jdbc.sql("select " + COLUMNS + " from objective o where o.cycle_id = ?" + teamFilter + " and "
				+ VISIBLE + " order by o.owner_team_id, o.owner_person_id, o.owner_slot")
			.params(params)
			.query(ObjectiveRepository::objective)
			.list());
	}

	/** The objectives of one person and of teams, in a cycle, that the caller may see: a person's own page. */
	List<Objective> ownedBy(Caller caller, long cycleId, Long personId, Collection<Long> teamIds) {
		List<Object> params = new ArrayList<>(List.of(cycleId, personId == null ? -1L : personId, teamIds.toArray(Long[]::new)));
		params.addAll(visibleParams(caller));
		return withViewers(jdbc.sql("select " + COLUMNS + " from objective o where o.cycle_id = ? "
				+ "and (o.owner_person_id = ? or o.owner_team_id = any(?)) and " + VISIBLE
				+ " order by o.owner_person_id, o.owner_team_id, o.owner_slot")
			.params(params)
			.query(ObjectiveRepository::objective)
			.list());
	}

	/**
	 * The objectives of any of these people and teams that the caller may see, in one cycle or (cycleId null) in
	 * every cycle: a team's review pack, a person's or team's calibration.
	 */
	List<Objective> ownedByAny(Caller caller, Long cycleId, Collection<Long> personIds, Collection<Long> teamIds) {
		List<Object> params = new ArrayList<>();
		String cycleFilter = "";
		if (cycleId != null) {
			cycleFilter = "o.cycle_id = ? and ";
			params.add(cycleId);
		}
		params.add(personIds.toArray(Long[]::new));
		params.add(teamIds.toArray(Long[]::new));
		params.addAll(visibleParams(caller));
		return withViewers(jdbc.sql("select " + COLUMNS + " from objective o where " + cycleFilter
				+ "(o.owner_person_id = any(?) or o.owner_team_id = any(?)) and " + VISIBLE
				+ " order by o.cycle_id, o.owner_team_id, o.owner_person_id, o.owner_slot")
			.params(params)
			.query(ObjectiveRepository::objective)
			.list());
	}

	/** How many objectives a cycle has, private ones too: a size, never a description. */
	long countInCycle(long cycleId) {
		return jdbc.sql("select count(*) from objective where cycle_id = ?").param(cycleId).query(Long.class).single();
	}

	/**
	 * Up to {@code limit} objectives of these cycles, other than {@code except}, that the caller may see and whose
	 * title or a key result's title holds the text: what an objective may be aligned to, found while typing.
	 */
	List<Objective> matchingInCycles(Caller caller, Collection<Long> cycleIds, String text, long except, int limit) {
		String pattern = containing(text);
		List<Object> params = new ArrayList<>(List.of(cycleIds.toArray(Long[]::new), except, pattern, pattern));
		params.addAll(visibleParams(caller));
		params.add(limit);
		return withViewers(jdbc.sql("select " + COLUMNS + " from objective o where o.cycle_id = any(?) and o.id <> ? "
				+ "and (lower(o.title) like ? or exists (select 1 from key_result k where k.objective_id = o.id "
				+ "and lower(k.title) like ?)) and " + VISIBLE + " order by lower(o.title), o.id limit ?")
			.params(params)
			.query(ObjectiveRepository::objective)
			.list());
	}

	List<ObjectiveSummary> summariesInCycle(Caller caller, long cycleId) {
		return summaries("o.cycle_id = ?", cycleId, caller);
	}

	List<ObjectiveSummary> summaries(Caller caller, Collection<Long> ids) {
		return summaries("o.id = any(?)", ids.toArray(Long[]::new), caller);
	}

	List<ObjectiveSummary> summariesOfTeams(Caller caller, long cycleId, Collection<Long> teamIds) {
		List<Object> params = new ArrayList<>(visibleParams(caller));
		params.add(cycleId);
		params.add(teamIds.toArray(Long[]::new));
		return summaryQuery("o.cycle_id = ? and o.owner_team_id = any(?)", params);
	}

	/** Every row matches; whether the caller may see it is a column, so hidden objectives can still be counted. */
	private List<ObjectiveSummary> summaries(String filter, Object value, Caller caller) {
		List<Object> params = new ArrayList<>(visibleParams(caller));
		params.add(value);
		return summaryQuery(filter, params);
	}

	private List<ObjectiveSummary> summaryQuery(String filter, List<Object> params) {
		return jdbc.sql("select o.id, o.cycle_id, o.owner_team_id, o.owner_person_id, o.title, o.draft, "
				+ "case when " + VISIBLE + " then 1 else 0 end as visible from objective o where " + filter
				+ " order by o.id")
			.params(params)
			.query((rs, n) -> {
				boolean visible = rs.getInt("visible") == 1;
				return new ObjectiveSummary(rs.getLong("id"), rs.getLong("cycle_id"),
						new Owner(nullableLong(rs, "owner_team_id"), nullableLong(rs, "owner_person_id")), visible,
						visible ? rs.getString("title") : null, visible && rs.getBoolean("draft"), null);
			})
			.list();
	}

	List<Objective> search(Caller caller, ObjectiveSearch search, PageQuery page) {
		var where = where(caller, search);
		List<Object> params = new ArrayList<>(where.params());
		params.add(page.size());
		params.add(page.offset());
		return withViewers(jdbc.sql("select " + COLUMNS + " from objective o where " + where.sql()
				+ " order by o.id desc limit ? offset ?")
			.params(params)
			.query(ObjectiveRepository::objective)
			.list());
	}

	long count(Caller caller, ObjectiveSearch search) {
		var where = where(caller, search);
		return jdbc.sql("select count(*) from objective o where " + where.sql()).params(where.params()).query(Long.class).single();
	}

	private record Where(String sql, List<Object> params) {
	}

	/** Only the filters given become SQL, so each search uses the index that fits it. */
	private static Where where(Caller caller, ObjectiveSearch search) {
		List<String> clauses = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (search.cycleId() != null) {
			clauses.add("o.cycle_id = ?");
			params.add(search.cycleId());
		}
		if (search.ownerTeamId() != null) {
			clauses.add("o.owner_team_id = ?");
			params.add(search.ownerTeamId());
		}
		if (search.ownerPersonId() != null) {
			clauses.add("o.owner_person_id = ?");
			params.add(search.ownerPersonId());
		}
		if (search.text() != null && !search.text().isBlank()) {
			clauses.add("(lower(o.title) like ? or lower(o.description) like ?)");
			params.add(containing(search.text()));
			params.add(containing(search.text()));
		}
		clauses.add(VISIBLE);
		params.addAll(visibleParams(caller));
		return new Where(String.join(" and ", clauses), params);
	}

	static List<Object> visibleParams(Caller caller) {
		return List.of(caller.admin(), caller.personId(), caller.teamIdArray(), caller.personId());
	}

	private List<Objective> withViewers(List<Objective> objectives) {
		List<Long> privateIds = objectives.stream()
			.filter(objective -> objective.visibility() == Visibility.PRIVATE)
			.map(Objective::id)
			.toList();
		if (privateIds.isEmpty()) {
			return objectives;
		}
		Map<Long, List<Long>> viewers = new HashMap<>();
		jdbc.sql("select objective_id, person_id from objective_viewer where objective_id = any(?) order by person_id")
			.param(privateIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.forEach(row -> viewers.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue()));
		return objectives.stream()
			.map(objective -> new Objective(objective.id(), objective.cycleId(), objective.owner(), objective.title(),
					objective.description(), objective.visibility(), viewers.getOrDefault(objective.id(), List.of()),
					objective.createdBy(), objective.version(), objective.createdAt(), objective.updatedAt(),
					objective.draft()))
			.toList();
	}

	private static Objective objective(ResultSet rs, int row) throws SQLException {
		return new Objective(rs.getLong("id"), rs.getLong("cycle_id"),
				new Owner(nullableLong(rs, "owner_team_id"), nullableLong(rs, "owner_person_id")), rs.getString("title"),
				rs.getString("description"), Visibility.valueOf(rs.getString("visibility")), List.of(),
				rs.getLong("created_by"), rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getBoolean("draft"));
	}
}
