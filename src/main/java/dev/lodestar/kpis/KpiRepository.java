package dev.lodestar.kpis;

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

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class KpiRepository {

	private static final String COLUMNS = "id, name, unit, owner_team_id, owner_person_id, direction, target_value, "
			+ "healthy_threshold, critical_threshold, frequency, source, origin_key_result_id, last_measured_on, created_by, "
			+ "version, created_at, updated_at";

	private final JdbcClient jdbc;

	KpiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewKpi command, KpiSource source, Long originKeyResultId, long createdBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into kpi (name, unit, owner_team_id, owner_person_id, direction, target_value, healthy_threshold, "
				+ "critical_threshold, frequency, source, origin_key_result_id, created_by, version, created_at, updated_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(command.name().strip(), command.unit().strip(), command.teamId(), command.personId(),
					command.direction().name(), command.target(), command.healthyThreshold(), command.criticalThreshold(),
					command.frequency().name(), source.name(), originKeyResultId, createdBy, timestamp(at), timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** Applies the revision if nobody changed the KPI since the caller read it. */
	boolean update(long id, KpiRevision revision, Instant at) {
		return jdbc.sql("update kpi set name = ?, unit = ?, direction = ?, target_value = ?, healthy_threshold = ?, "
				+ "critical_threshold = ?, frequency = ?, source = ?, version = version + 1, updated_at = ? "
				+ "where id = ? and version = ?")
			.params(revision.name().strip(), revision.unit().strip(), revision.direction().name(), revision.target(),
					revision.healthyThreshold(), revision.criticalThreshold(), revision.frequency().name(),
					revision.source().name(), timestamp(at), id, revision.version())
			.update() == 1;
	}

	/**
	 * Moves the latest measured day forward, or leaves it for a correction. Without a correction it succeeds only for
	 * a day after the latest, in the same statement, so two concurrent measurements cannot both claim the next day.
	 */
	boolean advance(long id, LocalDate measuredOn, boolean correction) {
		String guard = correction ? "" : " and (last_measured_on is null or last_measured_on < ?)";
		var statement = jdbc.sql("update kpi set last_measured_on = case when last_measured_on is null "
				+ "or last_measured_on < ? then ? else last_measured_on end where id = ?" + guard)
			.params(measuredOn, measuredOn, id);
		return (correction ? statement : statement.param(measuredOn)).update() == 1;
	}

	Optional<Kpi> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from kpi where id = ?").param(id).query((rs, n) -> kpi(rs)).optional();
	}

	/** {@code = any(?)}: H2 finds no rows for {@code in (select ... from unnest(?))}. */
	List<Kpi> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from kpi where id = any(?) order by name, id")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> kpi(rs))
			.list();
	}

	List<Kpi> ofTeam(long teamId) {
		return jdbc.sql("select " + COLUMNS + " from kpi where owner_team_id = ? order by name, id")
			.param(teamId)
			.query((rs, n) -> kpi(rs))
			.list();
	}

	List<Kpi> ofPerson(long personId) {
		return jdbc.sql("select " + COLUMNS + " from kpi where owner_person_id = ? order by name, id")
			.param(personId)
			.query((rs, n) -> kpi(rs))
			.list();
	}

	List<Kpi> page(PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from kpi order by name, id limit ? offset ?")
			.params(page.size(), page.offset())
			.query((rs, n) -> kpi(rs))
			.list();
	}

	List<Kpi> latest(PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from kpi order by id desc limit ? offset ?")
			.params(page.size(), page.offset())
			.query((rs, n) -> kpi(rs))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from kpi").query(Long.class).single();
	}

	List<Kpi> fromKeyResult(long keyResultId) {
		return jdbc.sql("select " + COLUMNS + " from kpi where origin_key_result_id = ? order by id")
			.param(keyResultId)
			.query((rs, n) -> kpi(rs))
			.list();
	}

	private static Kpi kpi(ResultSet rs) throws SQLException {
		Long teamId = nullableLong(rs, "owner_team_id");
		var owner = new KpiOwner(teamId, nullableLong(rs, "owner_person_id"));
		var targets = new KpiTargets(KpiDirection.valueOf(rs.getString("direction")), decimal(rs, "target_value"),
				decimal(rs, "healthy_threshold"), decimal(rs, "critical_threshold"));
		return new Kpi(rs.getLong("id"), rs.getString("name"), rs.getString("unit"), owner, targets,
				KpiFrequency.valueOf(rs.getString("frequency")), KpiSource.valueOf(rs.getString("source")),
				nullableLong(rs, "origin_key_result_id"), rs.getObject("last_measured_on", LocalDate.class),
				rs.getLong("created_by"), rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}
}
