package dev.lodestar.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lodestar.platform.web.PageQuery;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class ScoreViewRepository {

	record Row(long viewerId, LocalDate viewedOn, Instant firstViewedAt) {
	}

	private final JdbcClient jdbc;

	ScoreViewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One statement for all the owners a request showed, and for none: a row per owner unless one exists for the
	 * day already. {@code on conflict do nothing} works on PostgreSQL and on H2 in PostgreSQL mode, and also settles
	 * two requests that race to insert the same row.
	 */
	void recordOnce(long viewerId, Collection<Long> ownerIds, LocalDate day, Instant at) {
		jdbc.sql("insert into score_view (viewer_id, owner_id, viewed_on, first_viewed_at) "
				+ "select ?, o.id, ?, ? from unnest(?) as o(id) on conflict do nothing")
			.params(viewerId, day, timestamp(at), ownerIds.toArray(Long[]::new))
			.update();
	}

	List<Row> ofOwner(long ownerId, PageQuery query) {
		return jdbc.sql("select viewer_id, viewed_on, first_viewed_at from score_view where owner_id = ? "
				+ "order by viewed_on desc, first_viewed_at desc, viewer_id limit ? offset ?")
			.params(ownerId, query.size(), query.offset())
			.query((rs, n) -> new Row(rs.getLong("viewer_id"), rs.getObject("viewed_on", LocalDate.class),
					instant(rs, "first_viewed_at")))
			.list();
	}

	long countOfOwner(long ownerId) {
		return jdbc.sql("select count(*) from score_view where owner_id = ?").param(ownerId).query(Long.class).single();
	}
}
