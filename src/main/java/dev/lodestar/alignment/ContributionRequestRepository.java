package dev.lodestar.alignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.objectives.KeyResultKind;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class ContributionRequestRepository {

	static final String OPEN = "('WAITING_FOR_ASKED', 'WAITING_FOR_ASKING')";

	private static final String COLUMNS = "r.id, r.cycle_id, r.asking_team_id, r.asked_team_id, r.serves_key_result_id, "
			+ "r.state, r.proposal_kind, r.title, r.description, r.into_objective_id, r.measure, r.start_value, "
			+ "r.target_value, r.unit, r.owner_person_id, r.outcome_objective_id, r.outcome_key_result_id, "
			+ "r.waiting_since, r.created_by, r.version, r.created_at, r.updated_at";

	private final JdbcClient jdbc;

	ContributionRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long cycleId, long askingTeamId, long askedTeamId, long servesKeyResultId, Proposal proposal,
			long createdBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into contribution_request (cycle_id, asking_team_id, asked_team_id, serves_key_result_id, state,
				    proposal_kind, title, description, into_objective_id, measure, start_value, target_value, unit,
				    owner_person_id, waiting_since, created_by, version, created_at, updated_at)
				values (?, ?, ?, ?, 'WAITING_FOR_ASKED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(cycleId, askingTeamId, askedTeamId, servesKeyResultId, proposal.type().name(), proposal.title(),
					proposal.description(), proposal.objectiveId(), proposal.kind() == null ? null : proposal.kind().name(),
					proposal.start(), proposal.target(), proposal.unit(), proposal.ownerPersonId(), timestamp(at), createdBy,
					timestamp(at), timestamp(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** The request after a step; false when it changed since the version the answer was given from. */
	boolean update(long id, int expectedVersion, ContributionState state, Proposal proposal, Instant waitingSince,
			Long outcomeObjectiveId, Long outcomeKeyResultId, Instant at) {
		return jdbc.sql("""
				update contribution_request set state = ?, proposal_kind = ?, title = ?, description = ?, into_objective_id = ?,
				    measure = ?, start_value = ?, target_value = ?, unit = ?, owner_person_id = ?, waiting_since = ?,
				    outcome_objective_id = ?, outcome_key_result_id = ?, version = version + 1, updated_at = ?
				where id = ? and version = ?""")
			.params(state.name(), proposal.type().name(), proposal.title(), proposal.description(), proposal.objectiveId(),
					proposal.kind() == null ? null : proposal.kind().name(), proposal.start(), proposal.target(),
					proposal.unit(), proposal.ownerPersonId(), timestamp(waitingSince), outcomeObjectiveId,
					outcomeKeyResultId, timestamp(at), id, expectedVersion)
			.update() == 1;
	}

	void addStep(long requestId, ContributionAction action, long teamId, long actorId, Proposal proposal, String reason,
			Instant at) {
		jdbc.sql("""
				insert into contribution_step (request_id, action, team_id, actor_id, proposal_kind, title, description,
				    into_objective_id, measure, start_value, target_value, unit, owner_person_id, reason, taken_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(requestId, action.name(), teamId, actorId, proposal == null ? null : proposal.type().name(),
					proposal == null ? null : proposal.title(), proposal == null ? null : proposal.description(),
					proposal == null ? null : proposal.objectiveId(),
					proposal == null || proposal.kind() == null ? null : proposal.kind().name(),
					proposal == null ? null : proposal.start(), proposal == null ? null : proposal.target(),
					proposal == null ? null : proposal.unit(), proposal == null ? null : proposal.ownerPersonId(), reason,
					timestamp(at))
			.update();
	}

	Optional<ContributionRequest> find(long id, boolean forUpdate) {
		return jdbc.sql("select " + COLUMNS + " from contribution_request r where r.id = ?" + (forUpdate ? " for update" : ""))
			.param(id)
			.query(ContributionRequestRepository::request)
			.optional();
	}

	List<ContributionStep> steps(long requestId) {
		return jdbc.sql("select id, action, team_id, actor_id, proposal_kind, title, description, into_objective_id, measure, "
				+ "start_value, target_value, unit, owner_person_id, reason, taken_at from contribution_step where request_id = ? order by id")
			.param(requestId)
			.query((rs, n) -> new ContributionStep(rs.getLong("id"), ContributionAction.valueOf(rs.getString("action")),
					rs.getLong("team_id"), rs.getLong("actor_id"),
					rs.getString("proposal_kind") == null ? null : proposal(rs, "proposal_kind", "into_objective_id"),
					rs.getString("reason"), instant(rs, "taken_at")))
			.list();
	}

	/** The open requests these teams ask or are asked, oldest waiting first: a team page or a lead's home. */
	List<ContributionRequest> openOf(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		Long[] ids = teamIds.toArray(Long[]::new);
		return jdbc.sql("select " + COLUMNS + " from contribution_request r where r.asking_team_id = any(?) and r.state in " + OPEN
				+ " union select " + COLUMNS + " from contribution_request r where r.asked_team_id = any(?) and r.state in " + OPEN
				+ " order by waiting_since, id")
			.params(ids, ids)
			.query(ContributionRequestRepository::request)
			.list();
	}

	/** Every request of a cycle, or only the open ones. */
	List<ContributionRequest> ofCycle(long cycleId, boolean openOnly) {
		return jdbc.sql("select " + COLUMNS + " from contribution_request r where r.cycle_id = ?"
				+ (openOnly ? " and r.state in " + OPEN : "") + " order by r.waiting_since, r.id")
			.param(cycleId)
			.query(ContributionRequestRepository::request)
			.list();
	}

	/** The requests these teams ask or are asked in a cycle, in any state, newest first; at most {@code limit}. */
	List<ContributionRequest> ofTeams(long cycleId, Collection<Long> teamIds, int limit) {
		Long[] ids = teamIds.toArray(Long[]::new);
		return jdbc.sql("select " + COLUMNS + " from contribution_request r where r.cycle_id = ? "
				+ "and (r.asking_team_id = any(?) or r.asked_team_id = any(?)) order by r.id desc limit ?")
			.params(cycleId, ids, ids, limit)
			.query(ContributionRequestRepository::request)
			.list();
	}

	private static ContributionRequest request(ResultSet rs, int row) throws SQLException {
		return new ContributionRequest(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("asking_team_id"),
				rs.getLong("asked_team_id"), rs.getLong("serves_key_result_id"),
				ContributionState.valueOf(rs.getString("state")), proposal(rs, "proposal_kind", "into_objective_id"),
				nullableLong(rs, "outcome_objective_id"), nullableLong(rs, "outcome_key_result_id"),
				instant(rs, "waiting_since"), rs.getLong("created_by"), rs.getInt("version"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static Proposal proposal(ResultSet rs, String typeColumn, String objectiveColumn) throws SQLException {
		String measure = rs.getString("measure");
		return new Proposal(ContributionType.valueOf(rs.getString(typeColumn)), rs.getString("title"),
				rs.getString("description"), nullableLong(rs, objectiveColumn),
				measure == null ? null : KeyResultKind.valueOf(measure), decimal(rs, "start_value"),
				decimal(rs, "target_value"), rs.getString("unit"), nullableLong(rs, "owner_person_id"));
	}
}
