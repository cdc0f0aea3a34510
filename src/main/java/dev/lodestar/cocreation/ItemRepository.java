package dev.lodestar.cocreation;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.objectives.KeyResultKind;

/** The items of sessions with their comments, +1s and dots (tables of V22). */
@Repository
class ItemRepository {

	private static final String ITEM = "select i.id, i.session_id, i.kind, i.parent_item_id, i.text, i.description, "
			+ "i.key_result_kind, i.start_value, i.target_value, i.unit, i.align_objective_id, i.align_key_result_id, "
			+ "i.asked_team_id, i.proposed_by, i.proposed_at, i.state, i.reason, i.decided_by, i.decided_at, i.outcome_id, "
			+ "i.edited_by, i.version from cocreation_item i ";

	/** A +1 or some dots of one person on one item. */
	record Mark(long itemId, long personId, int count) {
	}

	/** An objective proposed in a running session of another team: what neighbours are drafting. */
	record Drafted(long teamId, long sessionId, String text) {
	}

	/** Where an objective came from: the item that became it, in which session, proposed by whom. */
	record Origin(long objectiveId, long sessionId, long teamId, long proposedBy, Instant proposedAt, Instant finishedAt) {
	}

	private final JdbcClient jdbc;

	ItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long sessionId, NewItem item, String description, String unit, long proposedBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into cocreation_item (session_id, kind, parent_item_id, text, description, key_result_kind, "
				+ "start_value, target_value, unit, align_objective_id, align_key_result_id, asked_team_id, proposed_by, "
				+ "proposed_at, state, reason, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', '', 1)")
			.params(sessionId, item.kind().name(), item.parentItemId(), item.text().strip(), description,
					item.keyResultKind() == null ? null : item.keyResultKind().name(), item.start(), item.target(), unit,
					item.alignObjectiveId(), item.alignKeyResultId(), item.askedTeamId(), proposedBy, timestamp(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<SessionItem> find(long id) {
		return jdbc.sql(ITEM + "where i.id = ?").param(id).query(ItemRepository::item).optional();
	}

	List<SessionItem> ofSession(long sessionId) {
		return jdbc.sql(ITEM + "where i.session_id = ? order by i.id").param(sessionId).query(ItemRepository::item).list();
	}

	/** Changes the words if the item is still at {@code version}; false when someone changed it first. */
	boolean revise(long id, int version, String text, String description, KeyResultKind kind, BigDecimal start,
			BigDecimal target, String unit, long editedBy) {
		return jdbc.sql("update cocreation_item set text = ?, description = ?, key_result_kind = ?, start_value = ?, "
				+ "target_value = ?, unit = ?, edited_by = ?, version = version + 1 where id = ? and version = ?")
			.params(text, description, kind == null ? null : kind.name(), start, target, unit, editedBy, id, version)
			.update() == 1;
	}

	boolean decide(long id, int version, ItemState state, String reason, long decidedBy, Instant at) {
		return jdbc.sql("update cocreation_item set state = ?, reason = ?, decided_by = ?, decided_at = ?, "
				+ "version = version + 1 where id = ? and version = ?")
			.params(state.name(), reason, state == ItemState.PROPOSED ? null : decidedBy,
					state == ItemState.PROPOSED ? null : timestamp(at), id, version)
			.update() == 1;
	}

	void recordOutcome(long id, long outcomeId) {
		jdbc.sql("update cocreation_item set outcome_id = ? where id = ?").params(outcomeId, id).update();
	}

	long insertComment(long sessionId, long itemId, long authorId, String text, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into cocreation_comment (item_id, session_id, author_id, text, created_at) values (?, ?, ?, ?, ?)")
			.params(itemId, sessionId, authorId, text, timestamp(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** The session's comments in the order given; the board names their authors. */
	List<ItemComment> comments(long sessionId) {
		return jdbc.sql("select id, item_id, author_id, text, created_at from cocreation_comment where session_id = ? order by id")
			.param(sessionId)
			.query((rs, row) -> new ItemComment(rs.getLong("id"), rs.getLong("item_id"), rs.getLong("author_id"), "",
					rs.getString("text"), instant(rs, "created_at")))
			.list();
	}

	/** Adds the person's +1; false when they had given it already. */
	boolean plusOne(long sessionId, long itemId, long personId) {
		return jdbc.sql("insert into cocreation_plus_one (item_id, session_id, person_id) values (?, ?, ?) on conflict do nothing")
			.params(itemId, sessionId, personId)
			.update() == 1;
	}

	boolean withdrawPlusOne(long itemId, long personId) {
		return jdbc.sql("delete from cocreation_plus_one where item_id = ? and person_id = ?").params(itemId, personId).update() == 1;
	}

	List<Mark> plusOnes(long sessionId) {
		return jdbc.sql("select item_id, person_id, 1 as n from cocreation_plus_one where session_id = ?")
			.param(sessionId)
			.query(ItemRepository::mark)
			.list();
	}

	/** How many dots the person has cast in the session. */
	int dotsOf(long sessionId, long personId) {
		return jdbc.sql("select coalesce(sum(dots), 0) from cocreation_vote where session_id = ? and person_id = ?")
			.params(sessionId, personId)
			.query(Integer.class)
			.single();
	}

	void addDot(long sessionId, long itemId, long personId) {
		int updated = jdbc.sql("update cocreation_vote set dots = dots + 1 where item_id = ? and person_id = ?")
			.params(itemId, personId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into cocreation_vote (item_id, session_id, person_id, dots) values (?, ?, ?, 1)")
				.params(itemId, sessionId, personId)
				.update();
		}
	}

	/** Takes one of the person's dots back from the item; false when they had none on it. */
	boolean removeDot(long itemId, long personId) {
		int lowered = jdbc.sql("update cocreation_vote set dots = dots - 1 where item_id = ? and person_id = ? and dots > 1")
			.params(itemId, personId)
			.update();
		return lowered == 1
				|| jdbc.sql("delete from cocreation_vote where item_id = ? and person_id = ?").params(itemId, personId).update() == 1;
	}

	List<Mark> votes(long sessionId) {
		return jdbc.sql("select item_id, person_id, dots as n from cocreation_vote where session_id = ?")
			.param(sessionId)
			.query(ItemRepository::mark)
			.list();
	}

	/** Objectives proposed and not dropped in the running sessions of these teams in the cycle. */
	List<Drafted> draftedBy(Collection<Long> teamIds, long cycleId) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select s.team_id, s.id as session_id, i.text from cocreation_session s "
				+ "join cocreation_item i on i.session_id = s.id "
				+ "where s.cycle_id = ? and s.state <> 'FINISHED' and s.team_id = any(?) and i.kind = 'OBJECTIVE' "
				+ "and i.state <> 'DROPPED' order by s.team_id, i.id")
			.params(cycleId, teamIds.toArray(Long[]::new))
			.query((rs, row) -> new Drafted(rs.getLong("team_id"), rs.getLong("session_id"), rs.getString("text")))
			.list();
	}

	/** The objectives and key results proposed in the team's sessions of the cycle. */
	Map<Long, List<ProposalFact>> proposalsOf(Collection<Long> teamIds, long cycleId) {
		Map<Long, List<ProposalFact>> proposals = new HashMap<>();
		if (teamIds.isEmpty()) {
			return proposals;
		}
		jdbc.sql("select s.team_id, i.id, i.session_id, i.text, i.proposed_by from cocreation_item i "
				+ "join cocreation_session s on s.id = i.session_id where s.team_id = any(?) and s.cycle_id = ? "
				+ "and i.kind in ('OBJECTIVE', 'KEY_RESULT') order by i.id")
			.params(teamIds.toArray(Long[]::new), cycleId)
			.query(rs -> {
				proposals.computeIfAbsent(rs.getLong("team_id"), team -> new ArrayList<>())
					.add(new ProposalFact(rs.getLong("id"), rs.getLong("session_id"), rs.getString("text"),
							rs.getLong("proposed_by")));
			});
		return proposals;
	}

	/** Which of these objectives came out of a finished session, and from whose proposal: one query. */
	List<Origin> originsOf(Collection<Long> objectiveIds) {
		if (objectiveIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select i.outcome_id, s.id, s.team_id, i.proposed_by, i.proposed_at, s.finished_at "
				+ "from cocreation_item i join cocreation_session s on s.id = i.session_id "
				+ "where i.kind = 'OBJECTIVE' and i.outcome_id = any(?) and s.state = 'FINISHED'")
			.param(objectiveIds.toArray(Long[]::new))
			.query((rs, row) -> new Origin(rs.getLong("outcome_id"), rs.getLong("id"), rs.getLong("team_id"),
					rs.getLong("proposed_by"), instant(rs, "proposed_at"), instant(rs, "finished_at")))
			.list();
	}

	private static Mark mark(ResultSet rs, int row) throws SQLException {
		return new Mark(rs.getLong("item_id"), rs.getLong("person_id"), rs.getInt("n"));
	}

	private static SessionItem item(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("key_result_kind");
		return new SessionItem(rs.getLong("id"), rs.getLong("session_id"), ItemKind.valueOf(rs.getString("kind")),
				nullableLong(rs, "parent_item_id"), rs.getString("text"), rs.getString("description"),
				kind == null ? null : KeyResultKind.valueOf(kind), decimal(rs, "start_value"), decimal(rs, "target_value"),
				rs.getString("unit"), nullableLong(rs, "align_objective_id"), nullableLong(rs, "align_key_result_id"),
				nullableLong(rs, "asked_team_id"), rs.getLong("proposed_by"), instant(rs, "proposed_at"),
				ItemState.valueOf(rs.getString("state")), rs.getString("reason"), nullableLong(rs, "decided_by"),
				instant(rs, "decided_at"), nullableLong(rs, "outcome_id"), nullableLong(rs, "edited_by"), rs.getInt("version"));
	}
}
