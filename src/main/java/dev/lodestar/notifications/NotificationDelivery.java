package dev.lodestar.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.platform.outbox.ClaimRun;

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

	private final GroupComposer groups;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NotificationDelivery(NotificationRepository notifications, PeopleManagement people, ObjectiveFacts objectives,
			ReminderComposer reminders, DigestComposer digests, GroupComposer groups, NotificationSettingsRepository settings,
			MailChannel mail, ChatChannel chat, ChatWebhookRepository chatWebhooks, PlatformTransactionManager transactions,
			Clock clock) {
		this.notifications = notifications;
		this.people = people;
		this.objectives = objectives;
		this.reminders = reminders;
		this.digests = digests;
		this.settings = settings;
		this.mail = mail;
		this.chat = chat;
		this.chatWebhooks = chatWebhooks;
		this.groups = groups;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Sends what is due at {@code now} and nobody else holds, batch after batch until nothing is left or {@link #TICK}
	 * has passed (the next tick goes on): a check-in day's thousands of reminders leave within minutes, and several
	 * instances share them. Answers how many this instance sent.
	 */
	int deliverDue(Instant now) {
		var run = new ClaimRun(clock, HOLD, TICK);
		int sent = 0;
		for (List<Long> due = dueAt(now); !due.isEmpty() && run.timeLeft(); due = dueAt(now)) {
			Batch batch = deliver(due, run);
			sent += batch.sent();
			if (batch.claimed() == 0) {
				return sent; // what is left is held by other instances, or this run's time is up
			}
		}
		return sent;
	}

	private record Batch(int claimed, int sent) {
	}

	private List<Long> dueAt(Instant now) {
		return transaction.execute(status -> notifications.due(now, BATCH));
	}

	/**
	 * Claims and sends a batch, one notification at a time. Each claim holds for {@link #HOLD} from the moment it is
	 * made, on the real clock, whatever moment the run was asked about (see {@link ClaimRun}).
	 */
	private Batch deliver(List<Long> due, ClaimRun run) {
		int claimed = 0;
		int sent = 0;
		for (long id : due) {
			if (!run.timeLeft()) {
				break;
			}
			if (!run.claim((at, until) -> Boolean.TRUE.equals(transaction.execute(status -> notifications.claim(id, at, until))))) {
				continue;
			}
			claimed++;
			Notification notification = transaction.execute(status -> notifications.find(id)).orElseThrow();
			try {
				send(notification);
				transaction.executeWithoutResult(status -> notifications.sent(id, clock.instant()));
				sent++;
			}
			catch (Undeliverable never) {
				log.warn("Notification {} given up: {}", id, never.code());
				transaction.executeWithoutResult(status -> notifications.undeliverable(id, never.code()));
			}
			catch (Exception failed) {
				int attempt = notification.attempts() + 1;
				Instant next = attempt > PAUSES.size() ? null : clock.instant().plus(PAUSES.get(attempt - 1));
				log.warn("Notification {} not delivered (attempt {}): {}", id, attempt, failed.toString());
				String reason = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
				transaction.executeWithoutResult(status -> notifications.failed(id, reason, next));
			}
		}
		return new Batch(claimed, sent);
	}

	private void send(Notification notification) throws Exception {
		switch (notification.kind()) {
			case CHECK_IN_REMINDER, LEAD_DIGEST -> mail(notification);
			case GROUP_REMINDER -> {
				ChatHook hook = hookOf(notification.chatScope());
				var message = groups.reminder(notification.chatScope(), notification.subjectIds());
				if (message.isPresent()) {
					chat.post(hook, message.get());
				}
			}
			case GROUP_DIGEST -> chat.post(hookOf(notification.chatScope()), groups.digest(notification.chatScope(),
					LocalDate.parse(notification.period()), ZoneId.of(notification.timeZone())));
		}
	}

	/** A person's own reminder or digest goes by e-mail only: a chat webhook reaches a whole group. */
	private void mail(Notification notification) throws Exception {
		if (notification.channel() != Channel.EMAIL) {
			throw new Undeliverable("personal-chat"); // written before group messages, and never posted
		}
		Person person = people.find(notification.recipientId())
			.filter(Person::active)
			.orElseThrow(() -> new Undeliverable("recipient-inactive"));
		Message message = notification.kind() == NotificationKind.CHECK_IN_REMINDER
				? reminders.reminder(person, objectives.keyResultsById(notification.subjectIds()))
				: digests.digest(person, notification.subjectIds(), LocalDate.parse(notification.period()), zoneOf(person));
		mail.send(person, message);
	}

	/** The person's own time zone, else the organisation's: the digest's week runs from midnight to midnight there. */
	private ZoneId zoneOf(Person person) {
		String own = transaction.execute(status -> settings.settingsOf(person.id()).map(NotificationSettings::timeZone)
			.orElse(null));
		return ZoneId.of(own != null ? own : transaction.execute(status -> settings.policy().timeZone()));
	}

	/** The group's webhook as it is now; none left (removed since planning) and the message is given up. */
	private ChatHook hookOf(long chatScope) throws Undeliverable {
		return transaction.execute(status -> chatWebhooks.find(chatScope)).orElseThrow(() -> new Undeliverable("no-chat-webhook"));
	}
}
