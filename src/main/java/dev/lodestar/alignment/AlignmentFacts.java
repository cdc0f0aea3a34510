package dev.lodestar.alignment;

import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alignment facts OKR health folds into signals (ADR 0009): which of some objectives support something above,
 * which are supported from below, and some teams' contribution requests in a cycle. Three queries however many
 * objectives and teams, for health only:
 * it shows objectives through the objectives module, with the reader's permissions.
 */
@Component
public class AlignmentFacts {

	/** A contribution request a team asks or is asked, with the objective an acceptance made of it. */
	public record Contribution(long id, long askingTeamId, long askedTeamId, ContributionState state,
			Long intoObjectiveId) {
	}

	/** Of the objectives asked about: those with a link up, those with a link from below. */
	public record Facts(Set<Long> alignedUp, Set<Long> supported, List<Contribution> contributions) {

		public Facts {
			alignedUp = Set.copyOf(alignedUp);
			supported = Set.copyOf(supported);
			contributions = List.copyOf(contributions);
		}
	}

	private final JdbcClient jdbc;

	AlignmentFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The titles of these contribution requests: every request serves a key result of a public objective, so anyone
	 * may read what it asks. One query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> titlesOf(Collection<Long> requestIds) {
		if (requestIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> titles = new HashMap<>();
		jdbc.sql("select id, title from contribution_request where id = any(?)")
			.param(requestIds.toArray(Long[]::new))
			.query(rs -> {
				titles.put(rs.getLong("id"), rs.getString("title"));
			});
		return titles;
	}

	@Transactional(readOnly = true)
	public Facts of(long cycleId, Collection<Long> objectiveIds, Collection<Long> teamIds) {
		Long[] ids = objectiveIds.toArray(Long[]::new);
		Long[] teams = teamIds.toArray(Long[]::new);
		Set<Long> up = new HashSet<>(jdbc.sql("select distinct child_objective_id from alignment_link where child_objective_id = any(?)")
			.param(ids)
			.query(Long.class)
			.list());
		Set<Long> supported = new HashSet<>(jdbc.sql("select distinct parent_objective_id from alignment_link "
				+ "where parent_objective_id = any(?)")
			.param(ids)
			.query(Long.class)
			.list());
		List<Contribution> contributions = jdbc.sql("select id, asking_team_id, asked_team_id, state, into_objective_id "
				+ "from contribution_request where cycle_id = ? and (asking_team_id = any(?) or asked_team_id = any(?)) "
				+ "order by id")
			.params(cycleId, teams, teams)
			.query((rs, row) -> new Contribution(rs.getLong("id"), rs.getLong("asking_team_id"), rs.getLong("asked_team_id"),
					ContributionState.valueOf(rs.getString("state")), nullableLong(rs, "into_objective_id")))
			.list();
		return new Facts(up, supported, contributions);
	}
}
