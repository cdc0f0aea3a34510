package dev.lodestar.feeds;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every instance pulls on its own timer; claims in the database share the work (as notifications do, ADR 0010). Off
 * with {@code lodestar.feeds.schedule=false}: the tests pull explicitly, at the moment they choose.
 */
@Component
@ConditionalOnProperty(name = "lodestar.feeds.schedule", havingValue = "true", matchIfMissing = true)
class FeedSchedule {

	private static final Logger log = LoggerFactory.getLogger(FeedSchedule.class);

	private final FeedPull pull;

	private final Clock clock;

	FeedSchedule(FeedPull pull, Clock clock) {
		this.pull = pull;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT40S", fixedDelayString = "${lodestar.feeds.pull-every:PT1M}")
	void pull() {
		try {
			pull.pullDue(clock.instant());
		}
		catch (RuntimeException failed) {
			log.warn("Feeds not pulled this time; the next run tries again", failed);
		}
	}
}
