package dev.lodestar.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.web.PageQuery;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

/** Inserts and reads history entries; there is deliberately no update and no delete. */
@Repository
class HistoryRepository {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, at, actor_id, subject_type, subject_id, objective_id, action, changes";

	private final JdbcClient jdbc;

	private static final String INSERT = "insert into history_entry (at, actor_id, subject_type, subject_id, objective_id, "
			+ "action, changes) values (?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate batches;

	private final JsonMapper json;

	HistoryRepository(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
	}

	void append(AuditedChange change) {
		jdbc.sql(INSERT).params(values(change)).update();
	}

	/** One batched statement for any number of entries. */
	void appendAll(List<AuditedChange> changes) {
		if (!changes.isEmpty()) {
			List<Object[]> rows = new ArrayList<>(changes.size());
			changes.forEach(change -> rows.add(values(change)));
			batches.batchUpdate(INSERT, rows);
		}
	}

	private Object[] values(AuditedChange change) {
		var subject = change.subject();
		return new Object[] { timestamp(change.at()), change.actorId(), subject.type(), subject.id(), subject.objectiveId(),
				change.action(), json.writeValueAsString(change.changes()) };
	}

	List<HistoryEntry> ofObjective(long objectiveId, PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from history_entry where objective_id = ? order by id desc limit ? offset ?")
			.params(objectiveId, page.size(), page.offset())
			.query(this::entry)
			.list();
	}

	long countOfObjective(long objectiveId) {
		return jdbc.sql("select count(*) from history_entry where objective_id = ?").param(objectiveId).query(Long.class).single();
	}

	List<HistoryEntry> ofSubject(String type, long id, PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from history_entry where subject_type = ? and subject_id = ? "
				+ "order by id desc limit ? offset ?")
			.params(type, id, page.size(), page.offset())
			.query(this::entry)
			.list();
	}

	long countOfSubject(String type, long id) {
		return jdbc.sql("select count(*) from history_entry where subject_type = ? and subject_id = ?")
			.params(type, id)
			.query(Long.class)
			.single();
	}

	private HistoryEntry entry(ResultSet rs, int row) throws SQLException {
		return new HistoryEntry(rs.getLong("id"), instant(rs, "at"), rs.getLong("actor_id"), rs.getString("subject_type"),
				rs.getLong("subject_id"), nullableLong(rs, "objective_id"), rs.getString("action"),
				json.readValue(rs.getString("changes"), CHANGES));
	}
}
