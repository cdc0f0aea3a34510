package dev.lodestar.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;

/**
 * Sends what is due (ADR 0010). An instance claims a notification for a while before sending it, so two instances
 * never send the same one; a failed attempt is tried again after a growing pause, and after the last one the
 * notification is FAILED and shown to admins. Sending never happens inside a user's request or transaction.
 */
@Component
class NotificationDelivery {

	/** The pauses after the first, second, … failed attempt; after the last one, no more tries. */
	static final List<Duration> PAUSES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(6));

	/** How long a claim holds: far longer than one SMTP exchange takes. */
	private static final Duration HOLD = Duration.ofMinutes(2);

	private static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

	private final NotificationRepository notifications;

	private final PeopleManagement people;

	private final ObjectiveFacts objectives;

	private final MailChannel mail;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NotificationDelivery(NotificationRepository notifications, PeopleManagement people, ObjectiveFacts objectives,
			MailChannel mail, PlatformTransactionManager transactions, Clock clock) {
		this.notifications = notifications;
		this.people = people;
		this.objectives = objectives;
		this.mail = mail;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Sends what is due at {@code now} and nobody else holds; answers how many this instance sent. */
	int deliverDue(Instant now) {
		if (!mail.configured()) {
			return 0;
		}
		int sent = 0;
		for (long id : transaction.execute(status -> notifications.due(now, BATCH))) {
			if (!Boolean.TRUE.equals(transaction.execute(status -> notifications.claim(id, now, now.plus(HOLD))))) {
				continue;
			}
			Notification notification = transaction.execute(status -> notifications.find(id)).orElseThrow();
			try {
				send(notification);
				transaction.executeWithoutResult(status -> notifications.sent(id, clock.instant()));
				sent++;
			}
			catch (Exception failed) {
				int attempt = notification.attempts() + 1;
				Instant next = attempt > PAUSES.size() ? null : clock.instant().plus(PAUSES.get(attempt - 1));
				log.warn("Notification {} to person {} not delivered (attempt {}): {}", id, notification.recipientId(), attempt,
						failed.toString());
				String reason = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
				transaction.executeWithoutResult(status -> notifications.failed(id, reason, next));
			}
		}
		return sent;
	}

	private void send(Notification notification) throws Exception {
		Person person = people.find(notification.recipientId())
			.filter(Person::active)
			.orElseThrow(() -> new IllegalStateException("the recipient is no longer active"));
		mail.sendReminder(person, objectives.keyResultsById(notification.subjectIds()));
	}
}
