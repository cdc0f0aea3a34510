package dev.lodestar.objectives;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.security.Caller;

/**
 * The facts OKR health folds into signals (ADR 0009): a cycle's objectives of some owners, with their key results,
 * whatever their visibility — health counts private objectives and never describes them. Two queries however many
 * owners; not for pages, which read through {@link ObjectiveSummaries} with the reader's permissions — except the
 * public objectives the showcase shows to everyone ({@link #publicAmong}).
 */
@Component
public class ObjectiveFacts {

	/** A cycle's objectives of the given owners and their key results. */
	public record Facts(List<ObjectiveFact> objectives, List<KeyResultFact> keyResults) {

		public Facts {
			objectives = List.copyOf(objectives);
			keyResults = List.copyOf(keyResults);
		}
	}

	private static final String OWNED = "o.cycle_id = ? and (o.owner_team_id = any(?) or o.owner_person_id = any(?))";

	private final JdbcClient jdbc;

	ObjectiveFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where an objective stands: its cycle and its owner. */
	public record Place(long cycleId, Owner owner) {
	}

	/** The cycle and owner of each of these objectives that exists: one query. */
	@Transactional(readOnly = true)
	public List<Place> placesOf(Collection<Long> objectiveIds) {
		if (objectiveIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select distinct cycle_id, owner_team_id, owner_person_id from objective where id = any(?)")
			.param(objectiveIds.toArray(Long[]::new))
			.query((rs, row) -> new Place(rs.getLong("cycle_id"),
					new Owner(nullableLong(rs, "owner_team_id"), nullableLong(rs, "owner_person_id"))))
			.list();
	}

	/** The objectives of these teams and people in the cycle, and their key results. */
	@Transactional(readOnly = true)
	public Facts ownedBy(long cycleId, Collection<Long> teamIds, Collection<Long> personIds) {
		Long[] teams = teamIds.toArray(Long[]::new);
		Long[] people = personIds.toArray(Long[]::new);
		List<ObjectiveFact> objectives = jdbc.sql("select o.id, o.owner_team_id, o.owner_person_id, o.title, o.visibility, "
				+ "o.created_by, o.draft from objective o where " + OWNED + " order by o.id")
			.params(cycleId, teams, people)
			.query((rs, row) -> new ObjectiveFact(rs.getLong("id"),
					new Owner(nullableLong(rs, "owner_team_id"), nullableLong(rs, "owner_person_id")), rs.getString("title"),
					Visibility.valueOf(rs.getString("visibility")), rs.getLong("created_by"), rs.getBoolean("draft")))
			.list();
		List<KeyResultFact> keyResults = jdbc.sql("select k.id, k.objective_id, k.title, k.kind, k.start_value, "
				+ "k.target_value, k.owner_person_id from key_result k join objective o on o.id = k.objective_id where "
				+ OWNED + " order by k.objective_id, k.position")
			.params(cycleId, teams, people)
			.query((rs, row) -> new KeyResultFact(rs.getLong("id"), rs.getLong("objective_id"), rs.getString("title"),
					KeyResultKind.valueOf(rs.getString("kind")), decimal(rs, "start_value"), decimal(rs, "target_value"),
					rs.getLong("owner_person_id")))
			.list();
		return new Facts(objectives, keyResults);
	}

	/** The attempts the caps refused these teams and people in the cycle, oldest first: one query. */
	@Transactional(readOnly = true)
	public List<CapRefusal> refusalsOf(long cycleId, Collection<Long> teamIds, Collection<Long> personIds) {
		return jdbc.sql("select id, owner_team_id, owner_person_id, objective_id, kind, refused_by from cap_refusal "
				+ "where cycle_id = ? and (owner_team_id = any(?) or owner_person_id = any(?)) order by id")
			.params(cycleId, teamIds.toArray(Long[]::new), personIds.toArray(Long[]::new))
			.query((rs, row) -> new CapRefusal(rs.getLong("id"),
					new Owner(nullableLong(rs, "owner_team_id"), nullableLong(rs, "owner_person_id")),
					nullableLong(rs, "objective_id"), CapRefusal.Kind.valueOf(rs.getString("kind")), rs.getLong("refused_by")))
			.list();
	}

	/** A key result and its owner, the least a reminder needs to know to whom it goes. */
	public record OwnedKeyResult(long keyResultId, long ownerPersonId) {
	}

	/**
	 * The key results, drafts aside, of the objectives of these cycles, with their owners: whom a check-in reminder
	 * may concern. One query, two numbers a row — a cycle of a million key results is read once a week per time zone.
	 */
	@Transactional(readOnly = true)
	public List<OwnedKeyResult> keyResultOwnersIn(Collection<Long> cycleIds) {
		if (cycleIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select k.id, k.owner_person_id from key_result k join objective o on o.id = k.objective_id "
				+ "where o.cycle_id = any(?) and o.draft = false and k.draft = false order by k.id")
			.param(cycleIds.toArray(Long[]::new))
			.query((rs, row) -> new OwnedKeyResult(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/** These key results, whatever their visibility, for a notification that names them to their owner: one query. */
	@Transactional(readOnly = true)
	public List<KeyResultFact> keyResultsById(Collection<Long> keyResultIds) {
		if (keyResultIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, objective_id, title, kind, start_value, target_value, owner_person_id from key_result "
				+ "where id = any(?) order by id")
			.param(keyResultIds.toArray(Long[]::new))
			.query((rs, row) -> new KeyResultFact(rs.getLong("id"), rs.getLong("objective_id"), rs.getString("title"),
					KeyResultKind.valueOf(rs.getString("kind")), decimal(rs, "start_value"), decimal(rs, "target_value"),
					rs.getLong("owner_person_id")))
			.list();
	}

	/**
	 * An objective with, when one is named, one of its key results' owners: who may hear about a change of it
	 * (outbound webhooks) — its owner, its visibility, whether it or the key result is a draft, the key result's owner.
	 * One query.
	 */
	@Transactional(readOnly = true)
	public Optional<Audience> audienceOf(long objectiveId, Long keyResultId) {
		// a draft key result is as unsettled as a draft objective: its owners have not taken it on yet
		return jdbc.sql("select o.owner_team_id, o.owner_person_id, o.visibility, o.draft or coalesce(k.draft, false) as draft, "
				+ "k.owner_person_id as kr_owner "
				+ "from objective o left join key_result k on k.objective_id = o.id and k.id = ? where o.id = ?")
			.params(keyResultId, objectiveId)
			.query((rs, row) -> new Audience(new Owner(nullableLong(rs, "owner_team_id"), nullableLong(rs, "owner_person_id")),
					Visibility.valueOf(rs.getString("visibility")), rs.getBoolean("draft"), nullableLong(rs, "kr_owner")))
			.optional();
	}

	/** Which of these objectives the reader may see (see {@link Visibility}): one query, however many. */
	@Transactional(readOnly = true)
	public Set<Long> visibleAmong(Caller reader, Collection<Long> objectiveIds) {
		if (objectiveIds.isEmpty()) {
			return Set.of();
		}
		List<Object> params = new ArrayList<>();
		params.add(objectiveIds.toArray(Long[]::new));
		params.addAll(ObjectiveRepository.visibleParams(reader));
		return Set.copyOf(jdbc.sql("select o.id from objective o where o.id = any(?) and " + ObjectiveRepository.VISIBLE)
			.params(params)
			.query(Long.class)
			.list());
	}

	/**
	 * Who an objective (and one of its key results) concerns: see {@link #audienceOf}. {@code draft} when the objective
	 * is a draft, or the key result named is.
	 */
	public record Audience(Owner owner, Visibility visibility, boolean draft, Long keyResultOwnerId) {
	}

	/** A public objective as an example shown to anyone: its words, cycle and owner. */
	public record Example(long id, long cycleId, Owner owner, String title, String description, boolean draft) {
	}

	/**
	 * Which of these objectives are public, with their words: one query, however many. The showcase shows only
	 * public objectives, to anyone, so it reads them without a reader's permissions.
	 */
	@Transactional(readOnly = true)
	public List<Example> publicAmong(Collection<Long> objectiveIds) {
		if (objectiveIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, cycle_id, owner_team_id, owner_person_id, title, description, draft from objective "
				+ "where id = any(?) and visibility = 'PUBLIC'")
			.param(objectiveIds.toArray(Long[]::new))
			.query((rs, row) -> new Example(rs.getLong("id"), rs.getLong("cycle_id"),
					new Owner(nullableLong(rs, "owner_team_id"), nullableLong(rs, "owner_person_id")),
					rs.getString("title"), rs.getString("description"), rs.getBoolean("draft")))
			.list();
	}

	/** How many of these objectives are public: one count, for the showcase's waiting nominations. */
	@Transactional(readOnly = true)
	public int countPublicAmong(Collection<Long> objectiveIds) {
		return jdbc.sql("select count(*) from objective where id = any(?) and visibility = 'PUBLIC'")
			.param(objectiveIds.toArray(Long[]::new))
			.query(Integer.class)
			.single();
	}
}
