package dev.lodestar.objectives;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	ObjectiveCaps(JdbcClient jdbc, InputValidator validator, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
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
