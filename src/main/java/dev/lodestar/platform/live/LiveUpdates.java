package dev.lodestar.platform.live;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells open pages that something they show changed, over Server-Sent Events. A signal carries nothing but its
 * event name: each page then fetches its own parts again, with its reader's permissions, so nothing private can
 * travel the stream — the stream cannot leak what it never holds.
 * <p>
 * A signal reaches the streams only once the transaction that raised it commits, so a page that re-fetches reads
 * the change, and a change that rolls back is never announced. It reaches every instance: on PostgreSQL through
 * {@code LISTEN/NOTIFY} ({@link PostgresRelay}), so several instances can serve one meeting; on H2, which is
 * single-instance, in-process ({@link InProcessRelay}).
 */
@Component
public class LiveUpdates {

	private final LiveSubscribers subscribers;

	private final LiveRelay relay;

	LiveUpdates(LiveSubscribers subscribers, LiveRelay relay) {
		this.subscribers = subscribers;
		this.relay = relay;
	}

	/** A stream of the topic's signals; it is forgotten when it completes, times out or fails. */
	public SseEmitter subscribe(String topic) {
		return subscribers.subscribe(topic);
	}

	/** Signals the topic's subscribers on every instance once the current transaction commits, or now without one. */
	public void signal(String topic, String eventName) {
		relay.publish(topic, eventName);
	}

	/** How many streams listen to the topic on this instance now. */
	public int subscribers(String topic) {
		return subscribers.subscribers(topic);
	}
}
