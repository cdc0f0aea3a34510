package dev.lodestar.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.web.PageQuery;

import static dev.lodestar.platform.jdbc.SqlValues.containing;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class TeamRepository {

	private record Row(long id, String name, Long parentId, int version) {
	}

	private record Membership(long teamId, long personId, boolean lead) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	TeamRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	long insert(String name, Long parentId, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into team (name, parent_id, version, created_at, updated_at) values (?, ?, 0, ?, ?)")
			.params(name, parentId, timestamp(at), timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	boolean update(long id, String name, Long parentId, int expectedVersion, Instant at) {
		return jdbc.sql("update team set name = ?, parent_id = ?, version = version + 1, updated_at = ? where id = ? and version = ?")
			.params(name, parentId, timestamp(at), id, expectedVersion)
			.update() == 1;
	}

	void replaceMembers(long teamId, Collection<Long> leadIds, Collection<Long> memberIds) {
		jdbc.sql("delete from team_membership where team_id = ?").param(teamId).update();
		List<Object[]> rows = new ArrayList<>();
		leadIds.forEach(lead -> rows.add(new Object[] { teamId, lead, "LEAD" }));
		memberIds.forEach(member -> rows.add(new Object[] { teamId, member, "MEMBER" }));
		if (!rows.isEmpty()) {
			batches.batchUpdate("insert into team_membership (team_id, person_id, role) values (?, ?, ?)", rows);
		}
	}

	Optional<Team> find(long id) {
		return jdbc.sql("select id, name, parent_id, version from team where id = ?")
			.param(id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), nullableLong(rs, "parent_id"), rs.getInt("version")))
			.optional()
			.map(row -> withMembers(List.of(row)).get(0));
	}

	List<Team> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withMembers(jdbc.sql("select id, name, parent_id, version from team where id = any(?) order by id")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), nullableLong(rs, "parent_id"), rs.getInt("version")))
			.list());
	}

	List<Team> search(String text, Long parentId, PageQuery page) {
		List<Row> rows = jdbc.sql("select id, name, parent_id, version from team where lower(name) like ? "
				+ "and (cast(? as bigint) is null or parent_id = ?) order by name, id limit ? offset ?")
			.params(containing(text), parentId, parentId, page.size(), page.offset())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), nullableLong(rs, "parent_id"), rs.getInt("version")))
			.list();
		return withMembers(rows);
	}

	long count(String text, Long parentId) {
		return jdbc.sql("select count(*) from team where lower(name) like ? and (cast(? as bigint) is null or parent_id = ?)")
			.params(containing(text), parentId, parentId)
			.query(Long.class)
			.single();
	}

	Map<Long, String> namesOf(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, name from team where id = any(?)").param(ids.toArray(Long[]::new))
				.query(rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		}
		return names;
	}

	/** The teams someone leads or belongs to, by name. */
	List<Team> ofPerson(long personId) {
		return withMembers(jdbc.sql("select t.id, t.name, t.parent_id, t.version from team t "
				+ "join team_membership m on m.team_id = t.id where m.person_id = ? order by t.name, t.id")
			.param(personId)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), nullableLong(rs, "parent_id"), rs.getInt("version")))
			.list());
	}

	/** Whether the person leads a team with no parent: one count. */
	boolean leadsATopLevelTeam(long personId) {
		return jdbc.sql("select count(*) from team t join team_membership m on m.team_id = t.id "
				+ "where t.parent_id is null and m.person_id = ? and m.role = 'LEAD'")
			.param(personId)
			.query(Long.class)
			.single() > 0;
	}

	boolean exists(long id) {
		return jdbc.sql("select count(*) from team where id = ?").param(id).query(Long.class).single() > 0;
	}

	/** Whether hanging {@code teamId} under {@code parentId} closes a loop: one recursive query up from the parent. */
	boolean wouldCloseLoop(long teamId, long parentId) {
		return jdbc.sql("""
				with recursive ancestry (id, parent_id) as (
				    select id, parent_id from team where id = ?
				    union all
				    select t.id, t.parent_id from team t join ancestry a on t.id = a.parent_id
				)
				select count(*) from ancestry where id = ?""")
			.params(parentId, teamId)
			.query(Long.class)
			.single() > 0;
	}

	/** Every team's place in the tree: one light query, for pictures of the whole organisation. */
	List<TeamPlace> places() {
		return jdbc.sql("select id, name, parent_id from team order by id")
			.query((rs, n) -> new TeamPlace(rs.getLong("id"), rs.getString("name"), nullableLong(rs, "parent_id")))
			.list();
	}

	/** Which of these teams have a sub-team: one query. */
	Set<Long> withSubTeams(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select distinct parent_id from team where parent_id = any(?)")
			.param(teamIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	/** These teams and every team above them, in one recursive query up the tree. */
	List<TeamPlace> ancestry(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				with recursive up (id, name, parent_id) as (
				    select id, name, parent_id from team where id = any(?)
				    union
				    select t.id, t.name, t.parent_id from team t join up on t.id = up.parent_id
				)
				select id, name, parent_id from up order by id""")
			.param(teamIds.toArray(Long[]::new))
			.query((rs, n) -> new TeamPlace(rs.getLong("id"), rs.getString("name"), nullableLong(rs, "parent_id")))
			.list();
	}

	/** For each of these people who belongs to a team, the first team they joined the tree in (the lowest id). */
	Map<Long, Long> homeTeamsOf(Collection<Long> personIds) {
		Map<Long, Long> homes = new HashMap<>();
		if (!personIds.isEmpty()) {
			jdbc.sql("select person_id, min(team_id) from team_membership where person_id = any(?) group by person_id")
				.param(personIds.toArray(Long[]::new))
				.query(rs -> {
					homes.put(rs.getLong(1), rs.getLong(2));
				});
		}
		return homes;
	}

	/** The leads of every team that has any: one query, two numbers a row. */
	Map<Long, List<Long>> leadsByTeam() {
		Map<Long, List<Long>> leads = new HashMap<>();
		jdbc.sql("select team_id, person_id from team_membership where role = 'LEAD' order by team_id, person_id")
			.query(rs -> {
				leads.computeIfAbsent(rs.getLong(1), team -> new ArrayList<>()).add(rs.getLong(2));
			});
		return leads;
	}

	/** Every team, without its people but with how many leads and members it has: the whole tree in one query. */
	List<TeamBranch> outline() {
		return jdbc.sql("""
				select t.id, t.name, t.parent_id,
				       sum(case when m.role = 'LEAD' then 1 else 0 end) as leads,
				       sum(case when m.role = 'MEMBER' then 1 else 0 end) as members
				from team t left join team_membership m on m.team_id = t.id
				group by t.id, t.name, t.parent_id
				order by t.name, t.id""")
			.query((rs, n) -> new TeamBranch(rs.getLong("id"), rs.getString("name"), nullableLong(rs, "parent_id"),
					rs.getInt("leads"), rs.getInt("members"), List.of()))
			.list();
	}

	private List<Team> withMembers(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Membership>> byTeam = new HashMap<>();
		jdbc.sql("select team_id, person_id, role from team_membership where team_id = any(?) order by person_id")
			.param(rows.stream().map(Row::id).toArray(Long[]::new))
			.query((rs, n) -> new Membership(rs.getLong("team_id"), rs.getLong("person_id"), "LEAD".equals(rs.getString("role"))))
			.list()
			.forEach(membership -> byTeam.computeIfAbsent(membership.teamId(), id -> new ArrayList<>()).add(membership));
		return rows.stream().map(row -> {
			var memberships = byTeam.getOrDefault(row.id(), List.of());
			return new Team(row.id(), row.name(), row.parentId(),
					memberships.stream().filter(Membership::lead).map(Membership::personId).toList(),
					memberships.stream().filter(membership -> !membership.lead()).map(Membership::personId).toList(),
					row.version());
		}).toList();
	}
}
