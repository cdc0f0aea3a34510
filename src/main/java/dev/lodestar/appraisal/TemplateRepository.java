package dev.lodestar.appraisal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

/** Templates and their items; every read is two queries however many templates. */
@Repository
class TemplateRepository {

	private record Row(long id, String name, AppliesTo appliesTo, Long personId, Long teamId, int version) {
	}

	private record Item(long templateId, TemplateItem item) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	TemplateRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	long insert(NewTemplate template, long createdBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into appraisal_template (name, applies_to, person_id, team_id, applies_key, version, created_by, "
				+ "created_at, updated_at) values (?, ?, ?, ?, ?, 0, ?, ?, ?)")
			.params(template.name().strip(), template.appliesTo().name(), personOf(template), teamOf(template),
					keyOf(template), createdBy, timestamp(at), timestamp(at))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		insertItems(id, template.items());
		return id;
	}

	boolean update(long id, TemplateRevision revision, Instant at) {
		NewTemplate template = revision.definition();
		boolean updated = jdbc.sql("update appraisal_template set name = ?, applies_to = ?, person_id = ?, team_id = ?, "
				+ "applies_key = ?, version = version + 1, updated_at = ? where id = ? and version = ?")
			.params(template.name().strip(), template.appliesTo().name(), personOf(template), teamOf(template),
					keyOf(template), timestamp(at), id, revision.version())
			.update() == 1;
		if (updated) {
			jdbc.sql("delete from appraisal_template_item where template_id = ?").param(id).update();
			insertItems(id, template.items());
		}
		return updated;
	}

	/** The id of the template that already applies to the same person or role, other than {@code exceptId}. */
	Optional<Long> takenBy(NewTemplate template, long exceptId) {
		return jdbc.sql("select id from appraisal_template where applies_key = ? and id <> ?")
			.params(keyOf(template), exceptId)
			.query(Long.class)
			.optional();
	}

	Optional<AppraisalTemplate> find(long id) {
		return withItems(jdbc.sql("select id, name, applies_to, person_id, team_id, version from appraisal_template where id = ?")
			.param(id)
			.query((rs, n) -> row(rs))
			.list()).stream().findFirst();
	}

	/** Every template, the first defined first: the order {@link TemplateChoice} breaks ties by. */
	List<AppraisalTemplate> all() {
		return withItems(jdbc.sql("select id, name, applies_to, person_id, team_id, version from appraisal_template order by id")
			.query((rs, n) -> row(rs))
			.list());
	}

	private void insertItems(long templateId, List<TemplateItem> items) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			rows.add(new Object[] { templateId, i, items.get(i).kpiId(), items.get(i).weight() });
		}
		batches.batchUpdate("insert into appraisal_template_item (template_id, position, kpi_id, weight) values (?, ?, ?, ?)",
				rows);
	}

	private List<AppraisalTemplate> withItems(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<TemplateItem>> items = new HashMap<>();
		jdbc.sql("select template_id, kpi_id, weight from appraisal_template_item where template_id = any(?) "
				+ "order by template_id, position")
			.param(rows.stream().map(Row::id).toArray(Long[]::new))
			.query((rs, n) -> new Item(rs.getLong("template_id"), new TemplateItem(rs.getLong("kpi_id"), rs.getInt("weight"))))
			.list()
			.forEach(item -> items.computeIfAbsent(item.templateId(), id -> new ArrayList<>()).add(item.item()));
		return rows.stream()
			.map(row -> new AppraisalTemplate(row.id(), row.name(), row.appliesTo(), row.personId(), row.teamId(),
					items.getOrDefault(row.id(), List.of()), row.version()))
			.toList();
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("name"), AppliesTo.valueOf(rs.getString("applies_to")),
				nullableLong(rs, "person_id"), nullableLong(rs, "team_id"), rs.getInt("version"));
	}

	private static Long personOf(NewTemplate template) {
		return template.appliesTo() == AppliesTo.PERSON ? template.personId() : null;
	}

	private static Long teamOf(NewTemplate template) {
		return template.appliesTo() == AppliesTo.PERSON ? null : template.teamId();
	}

	private static String keyOf(NewTemplate template) {
		return template.appliesTo().name() + ":" + (template.appliesTo() == AppliesTo.PERSON ? template.personId()
				: template.teamId());
	}
}
