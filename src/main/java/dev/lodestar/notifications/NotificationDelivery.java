package dev.lodestar.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.TeamManagement;

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

	/** How long one run keeps sending before it leaves the rest to the next. */
	private static final Duration TICK = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

	private final NotificationRepository notifications;

	private final PeopleManagement people;

	private final ObjectiveFacts objectives;

	private final ReminderComposer reminders;

	private final DigestComposer digests;

	private final NotificationSettingsRepository settings;

	private final MailChannel mail;

	private final ChatChannel chat;

	private final ChatWebhookRepository chatWebhooks;

	private final TeamManagement teams;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NotificationDelivery(NotificationRepository notifications, PeopleManagement people, ObjectiveFacts objectives,
			ReminderComposer reminders, DigestComposer digests, NotificationSettingsRepository settings, MailChannel mail, ChatChannel chat, ChatWebhookRepository chatWebhooks,
			TeamManagement teams, PlatformTransactionManager transactions, Clock clock) {
		this.notifications = notifications;
		this.people = people;
		this.objectives = objectives;
		this.reminders = reminders;
		this.digests = digests;
		this.settings = settings;
		this.mail = mail;
		this.chat = chat;
		this.chatWebhooks = chatWebhooks;
		this.teams = teams;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Sends what is due at {@code now} and nobody else holds, batch after batch until nothing is left or {@link #TICK}
	 * has passed (the next tick goes on): a check-in day's thousands of reminders leave within minutes, and several
	 * instances share them. Answers how many this instance sent.
	 */
	int deliverDue(Instant now) {
		long until = System.nanoTime() + TICK.toNanos();
		int sent = 0;
		for (List<Long> due = dueAt(now); !due.isEmpty() && System.nanoTime() < until; due = dueAt(now)) {
			int before = sent;
			sent += deliver(due, now);
			if (sent == before && due.size() < BATCH) {
				return sent;
			}
		}
		return sent;
	}

	private List<Long> dueAt(Instant now) {
		return transaction.execute(status -> notifications.due(now, BATCH));
	}

	private int deliver(List<Long> due, Instant now) {
		int sent = 0;
		for (long id : due) {
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
		Message message = switch (notification.kind()) {
			case CHECK_IN_REMINDER -> reminders.reminder(person, objectives.keyResultsById(notification.subjectIds()));
			case LEAD_DIGEST -> digests.digest(person, notification.subjectIds(), LocalDate.parse(notification.period()),
					zoneOf(person));
		};
		switch (notification.channel()) {
			case EMAIL -> mail.send(person, message);
			case CHAT -> chat.post(chatHookOf(person), message);
		}
	}

	/** The person's own time zone, else the organisation's: the digest's week runs from midnight to midnight there. */
	private ZoneId zoneOf(Person person) {
		String own = transaction.execute(status -> settings.settingsOf(person.id()).map(NotificationSettings::timeZone)
			.orElse(null));
		return ZoneId.of(own != null ? own : transaction.execute(status -> settings.policy().timeZone()));
	}

	/** A person's chat messages go to their home team's group, else to the organisation's. */
	private ChatHook chatHookOf(Person person) {
		Long homeTeam = teams.homeTeamsOf(Set.of(person.id())).get(person.id());
		return transaction.execute(status -> (homeTeam == null ? Optional.<ChatHook>empty() : chatWebhooks.find(homeTeam))
			.or(() -> chatWebhooks.find(ChatHook.ORGANISATION)))
			.orElseThrow(() -> new IllegalStateException("no chat webhook for the recipient's team or the organisation"));
	}
}
