package dev.lodestar.objectives;

import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.platform.errors.RuleViolationException;

/**
 * Keeps the attempts the caps refuse. The refusal rolls its request back, so the attempt is written once that
 * transaction has ended, in one of its own — never while the request still holds its locks — and then announced.
 */
@Component
class CapRefusals {

	private static final Logger log = LoggerFactory.getLogger(CapRefusals.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CapRefusals(JdbcClient jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.events = events;
		this.clock = clock;
	}

	/** Records the attempt once the request's transaction has ended, and answers the refusal to throw. */
	RuleViolationException refuse(RuleViolationException refusal, long cycleId, Owner owner, Long objectiveId,
			CapRefusal.Kind kind, long actorId) {
		CapRefused refused = new CapRefused(cycleId, owner, objectiveId, kind, actorId, clock.instant());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					record(refused);
				}
			});
		}
		else {
			record(refused);
		}
		return refusal;
	}

	private void record(CapRefused refused) {
		try {
			own.executeWithoutResult(status -> {
				jdbc.sql("insert into cap_refusal (cycle_id, owner_team_id, owner_person_id, objective_id, kind, refused_by, "
						+ "refused_at) values (?, ?, ?, ?, ?, ?, ?)")
					.params(refused.cycleId(), refused.owner().teamId(), refused.owner().personId(), refused.objectiveId(),
							refused.kind().name(), refused.actorId(), timestamp(refused.at()))
					.update();
				events.publishEvent(refused);
			});
		}
		catch (RuntimeException notRecorded) {
			// the refusal itself stands; only health's count of attempts misses this one
			log.warn("A refused attempt for {} in cycle {} was not recorded", refused.owner(), refused.cycleId(), notRecorded);
		}
	}
}
