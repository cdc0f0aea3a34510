package dev.lodestar.objectives;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/** The organisation's caps: everyone reads them, admins change them. */
@Service
public class ObjectiveCaps {

	private final JdbcClient jdbc;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectiveRepository objectives;

	ObjectiveCaps(JdbcClient jdbc, ObjectiveRepository objectives, InputValidator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.objectives = objectives;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Caps current() {
		return jdbc.sql("select max_objectives_per_owner, max_key_results_per_objective, version from objective_caps where id = 1")
			.query((rs, n) -> new Caps(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/**
	 * Refuses, exactly as setting the objective would, when the owner has no room left in the cycle: a form
	 * explains the rule before anyone fills it in, not only after they submit.
	 */
	@Transactional(readOnly = true)
	public void requireRoomForObjective(long cycleId, Owner owner) {
		var slots = objectives.slotsOf(cycleId, owner);
		if (slots.full()) {
			throw objectiveCapReached(slots.cap());
		}
	}

	/** Refuses, exactly as adding one would, another key result to an objective that has as many as allowed. */
	@Transactional(readOnly = true)
	public void requireRoomForKeyResult(ObjectiveView objective) {
		int cap = current().maxKeyResultsPerObjective();
		if (objective.keyResults().size() >= cap) {
			throw keyResultCapReached(cap);
		}
	}

	static RuleViolationException objectiveCapReached(int cap) {
		return new RuleViolationException("objective-cap", "problem.objective-cap.detail", cap);
	}

	static RuleViolationException keyResultCapReached(int cap) {
		return new RuleViolationException("key-result-cap", "problem.key-result-cap.detail", cap);
	}

	@Transactional
	public Caps revise(Caller actor, Caps revision) {
		actor.requireAdmin();
		validator.check(revision);
		Caps current = current();
		int updated = jdbc.sql("update objective_caps set max_objectives_per_owner = ?, max_key_results_per_objective = ?, "
				+ "version = version + 1 where id = 1 and version = ?")
			.params(revision.maxObjectivesPerOwner(), revision.maxKeyResultsPerObjective(), revision.version())
			.update();
		if (updated != 1) {
			throw new StaleVersionException("caps", 1);
		}
		events.publishEvent(new CapsChanged(actor.personId(), clock.instant(), Changes.between()
			.field("maxObjectivesPerOwner", current.maxObjectivesPerOwner(), revision.maxObjectivesPerOwner())
			.field("maxKeyResultsPerObjective", current.maxKeyResultsPerObjective(), revision.maxKeyResultsPerObjective())
			.list()));
		return new Caps(revision.maxObjectivesPerOwner(), revision.maxKeyResultsPerObjective(), current.version() + 1);
	}
}
