package dev.lodestar.objectives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.web.PageQuery;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

/** Comments under objectives; there is no update: a thread only grows. */
@Repository
class CommentRepository {

	private static final String COLUMNS = "id, objective_id, author_id, text, posted_at";

	private final JdbcClient jdbc;

	CommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long objectiveId, long authorId, String text, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into comment (objective_id, author_id, text, posted_at) values (?, ?, ?, ?)")
			.params(objectiveId, authorId, text, timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** Newest first, a page at a time: the API's order. */
	List<Comment> newestFirst(long objectiveId, PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from comment where objective_id = ? order by id desc limit ? offset ?")
			.params(objectiveId, page.size(), page.offset())
			.query(CommentRepository::comment)
			.list();
	}

	/**
	 * Up to {@code limit} comments older than {@code beforeId} (or the newest, without it), newest first. By id
	 * rather than by offset, so comments posted meanwhile do not shift what "earlier" means.
	 */
	List<Comment> before(long objectiveId, Long beforeId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from comment where objective_id = ? and id < ? order by id desc limit ?")
			.params(objectiveId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
			.query(CommentRepository::comment)
			.list();
	}

	long count(long objectiveId) {
		return jdbc.sql("select count(*) from comment where objective_id = ?").param(objectiveId).query(Long.class).single();
	}

	Optional<Comment> find(long objectiveId, long id) {
		return jdbc.sql("select " + COLUMNS + " from comment where objective_id = ? and id = ?")
			.params(objectiveId, id)
			.query(CommentRepository::comment)
			.optional();
	}

	private static Comment comment(ResultSet rs, int row) throws SQLException {
		return new Comment(rs.getLong("id"), rs.getLong("objective_id"), rs.getLong("author_id"), rs.getString("text"),
				instant(rs, "posted_at"));
	}
}
