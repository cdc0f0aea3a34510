package dev.lodestar.webhooks;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every instance posts on its own timer; claims in the database decide who posts what. Off with
 * {@code lodestar.webhooks.schedule=false} (the tests post explicitly).
 */
@Component
@ConditionalOnProperty(name = "lodestar.webhooks.schedule", havingValue = "true", matchIfMissing = true)
class WebhookSchedule {

	private static final Logger log = LoggerFactory.getLogger(WebhookSchedule.class);

	private final WebhookSender sender;

	private final Clock clock;

	WebhookSchedule(WebhookSender sender, Clock clock) {
		this.sender = sender;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT20S", fixedDelayString = "${lodestar.webhooks.deliver-every:PT10S}")
	void deliver() {
		try {
			sender.deliverDue(clock.instant());
		}
		catch (RuntimeException failed) {
			log.warn("Webhooks not delivered this time; the next run tries again", failed);
		}
	}
}
