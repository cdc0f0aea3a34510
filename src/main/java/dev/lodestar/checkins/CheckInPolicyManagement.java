package dev.lodestar.checkins;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/** The organisation's check-in day: everyone reads it, admins change it. */
@Service
public class CheckInPolicyManagement {

	private final CheckInPolicyRepository policy;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CheckInPolicyManagement(CheckInPolicyRepository policy, InputValidator validator, ApplicationEventPublisher events,
			Clock clock) {
		this.policy = policy;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CheckInPolicy current() {
		return policy.current();
	}

	@Transactional
	public CheckInPolicy revise(Caller actor, CheckInPolicy revision) {
		actor.requireAdmin();
		validator.check(revision);
		CheckInPolicy current = policy.current();
		if (!policy.update(revision.weekday(), revision.version())) {
			throw new StaleVersionException("check-in-policy", 1);
		}
		events.publishEvent(new CheckInPolicyChanged(actor.personId(), clock.instant(),
				Changes.between().field("weekday", current.weekday(), revision.weekday()).list()));
		return new CheckInPolicy(revision.weekday(), current.version() + 1);
	}
}
