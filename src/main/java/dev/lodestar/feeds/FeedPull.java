package dev.lodestar.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.outbox.ClaimRun;
import dev.lodestar.platform.security.CallerDirectory;

/**
 * Pulls what is due. Every instance runs it; an instance claims a feed before reading it, so of several instances
 * exactly one reads each due feed once. The address is read outside any transaction: a slow answer holds no
 * connection of the pool. Only a number is checked in; whatever else came back is kept on the feed for its readers.
 */
@Component
class FeedPull {

	/** How long a claim holds: far longer than one read may take ({@link FeedReader#DEADLINE}). */
	private static final Duration HOLD = Duration.ofMinutes(2);

	/** How long one run claims feeds; what is left waits for the next run, or another instance's. */
	private static final Duration TICK = Duration.ofSeconds(30);

	private static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(FeedPull.class);

	private final KeyResultFeedRepository feeds;

	private final FeedReader reader;

	private final CheckInManagement checkIns;

	private final CallerDirectory callers;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FeedPull(KeyResultFeedRepository feeds, FeedReader reader, CheckInManagement checkIns, CallerDirectory callers,
			PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.feeds = feeds;
		this.reader = reader;
		this.checkIns = checkIns;
		this.callers = callers;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Pulls the feeds due at {@code now} that nobody else holds, at most one batch and for at most {@link #TICK}; answers
	 * how many this instance pulled. Each claim holds from the clock's instant when it is written, however long the batch
	 * has run.
	 */
	int pullDue(Instant now) {
		var run = new ClaimRun(clock, HOLD, TICK);
		List<Long> due = transaction.execute(status -> feeds.due(now, BATCH));
		int pulled = 0;
		for (long keyResultId : due) {
			if (!run.timeLeft()) {
				break;
			}
			if (!Boolean.TRUE.equals(transaction.execute(status -> run.claim((at, until) -> feeds.claim(keyResultId, now, at, until))))) {
				continue;
			}
			var feed = transaction.execute(status -> feeds.find(keyResultId));
			// removed, or turned into a PUSH feed, since it was claimed: nothing to read
			if (feed.isEmpty() || feed.get().mode() != FeedMode.PULL) {
				continue;
			}
			LastPull pull = pull(feed.get(), now);
			transaction.executeWithoutResult(status -> feeds.pulled(keyResultId, feed.get().version(), pull,
					now.plus(feed.get().every())));
			pulled++;
		}
		return pulled;
	}

	private LastPull pull(KeyResultFeed feed, Instant now) {
		FeedReading reading = reader.read(feed.url(), feed.jsonPointer());
		if (!reading.hasValue()) {
			log.info("Key result {}: no value from its feed ({} {})", feed.keyResultId(), reading.failure(), reading.detail());
			return new LastPull(now, reading.failure(), reading.detail(), null);
		}
		var author = callers.byPersonId(feed.configuredBy());
		if (author.isEmpty()) {
			return new LastPull(now, FeedOutcome.REFUSED, "forbidden", reading.value());
		}
		try {
			boolean recorded = checkIns.recordPulled(author.get(), feed.keyResultId(), reading.value(), now).isPresent();
			return new LastPull(now, recorded ? FeedOutcome.RECORDED : FeedOutcome.UNCHANGED, null, reading.value());
		}
		catch (Problem refused) {
			return new LastPull(now, FeedOutcome.REFUSED, refused.code(), reading.value());
		}
	}
}
