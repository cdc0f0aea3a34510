package dev.lodestar.notifications;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every instance plans and delivers on its own timer; the database decides who does what (ADR 0010), so there is no
 * leader to elect. Off with {@code lodestar.notifications.schedule=false} (the tests plan and deliver explicitly).
 */
@Component
@ConditionalOnProperty(name = "lodestar.notifications.schedule", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

	private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

	private final ReminderPlanner planner;

	private final NotificationDelivery delivery;

	private final Clock clock;

	NotificationSchedule(ReminderPlanner planner, NotificationDelivery delivery, Clock clock) {
		this.planner = planner;
		this.delivery = delivery;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "${lodestar.notifications.plan-every:PT1M}")
	void plan() {
		try {
			planner.planAt(clock.instant());
		}
		catch (RuntimeException failed) {
			log.warn("Reminders not planned this time; the next run tries again", failed);
		}
	}

	@Scheduled(initialDelayString = "PT20S", fixedDelayString = "${lodestar.notifications.deliver-every:PT15S}")
	void deliver() {
		try {
			delivery.deliverDue(clock.instant());
		}
		catch (RuntimeException failed) {
			log.warn("Notifications not delivered this time; the next run tries again", failed);
		}
	}
}
