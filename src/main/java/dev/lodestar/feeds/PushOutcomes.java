package dev.lodestar.feeds;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.lodestar.checkins.IntegrationCheckInRecorded;
import dev.lodestar.checkins.IntegrationCheckInRefused;
import dev.lodestar.platform.security.CallerDirectory;

/**
 * Keeps on a key result's PUSH feed how the integration's latest check-in went, as the check-ins module tells it:
 * recorded or refused by its rules, however the check-in came in (ADR 0012).
 */
@Component
class PushOutcomes {

	private final KeyResultFeedManagement feeds;

	private final CallerDirectory callers;

	PushOutcomes(KeyResultFeedManagement feeds, CallerDirectory callers) {
		this.feeds = feeds;
		this.callers = callers;
	}

	/** In the check-in's transaction: kept with it, or not at all. */
	@EventListener
	void on(IntegrationCheckInRecorded recorded) {
		feeds.notePushRecorded(recorded.keyResultId(), recorded.at());
	}

	/** After the refusal rolled the check-in's transaction back, in a transaction of its own. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(IntegrationCheckInRefused refused) {
		callers.byPersonId(refused.personId())
			.ifPresent(owner -> feeds.notePush(owner, refused.keyResultId(), refused.status()));
	}
}
