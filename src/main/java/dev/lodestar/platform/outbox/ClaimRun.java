package dev.lodestar.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One timer run over an outbox that instances share by claiming rows (notifications, webhook deliveries, feeds).
 * A run may take long — each item is a call to another system — so a claim's hold is measured from the clock when the
 * item is claimed, never from when the run started: a hold already past when written would let another instance take
 * the same item while this one still sends it. What is due stays decided at the run's own {@code now}. The run stops
 * claiming when its time is up, so one instance's timer does not hold items the others could send.
 */
public final class ClaimRun {

	/** Writes a claim: holds the item until {@code until} unless someone else holds it at {@code now}. */
	@FunctionalInterface
	public interface Claim {

		boolean claim(Instant now, Instant until);
	}

	private final Clock clock;

	private final Duration hold;

	private final long ends;

	/** A run starting now on {@code clock}, holding each item for {@code hold}, claiming for at most {@code time}. */
	public ClaimRun(Clock clock, Duration hold, Duration time) {
		this.clock = clock;
		this.hold = hold;
		this.ends = System.nanoTime() + time.toNanos();
	}

	/** Whether the run may claim another item. */
	public boolean timeLeft() {
		return System.nanoTime() - ends < 0;
	}

	/** Claims with the clock's present instant and a hold measured from it; false when the item is not ours. */
	public boolean claim(Claim claim) {
		Instant now = clock.instant();
		return claim.claim(now, now.plus(hold));
	}
}
