package dev.lodestar.kpis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

/** The relations between KPIs and objectives; the objectives themselves are read through their module. */
@Repository
class KpiLinkRepository {

	private static final String COLUMNS = "kpi_id, objective_id, relation, linked_by, linked_at";

	private final JdbcClient jdbc;

	KpiLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long kpiId, long objectiveId, KpiRelation relation, long linkedBy, Instant at) {
		jdbc.sql("insert into kpi_objective (" + COLUMNS + ") values (?, ?, ?, ?, ?)")
			.params(kpiId, objectiveId, relation.name(), linkedBy, timestamp(at))
			.update();
	}

	boolean delete(long kpiId, long objectiveId) {
		return jdbc.sql("delete from kpi_objective where kpi_id = ? and objective_id = ?")
			.params(kpiId, objectiveId)
			.update() == 1;
	}

	Optional<KpiLink> find(long kpiId, long objectiveId) {
		return jdbc.sql("select " + COLUMNS + " from kpi_objective where kpi_id = ? and objective_id = ?")
			.params(kpiId, objectiveId)
			.query((rs, n) -> link(rs))
			.optional();
	}

	/** A KPI's relations, oldest first. */
	List<KpiLink> ofKpi(long kpiId) {
		return jdbc.sql("select " + COLUMNS + " from kpi_objective where kpi_id = ? order by linked_at, objective_id")
			.param(kpiId)
			.query((rs, n) -> link(rs))
			.list();
	}

	/** An objective's related KPIs, oldest relation first. */
	List<KpiLink> ofObjective(long objectiveId) {
		return jdbc.sql("select " + COLUMNS + " from kpi_objective where objective_id = ? order by linked_at, kpi_id")
			.param(objectiveId)
			.query((rs, n) -> link(rs))
			.list();
	}

	private static KpiLink link(ResultSet rs) throws SQLException {
		return new KpiLink(rs.getLong("kpi_id"), rs.getLong("objective_id"), KpiRelation.valueOf(rs.getString("relation")),
				rs.getLong("linked_by"), instant(rs, "linked_at"));
	}
}
