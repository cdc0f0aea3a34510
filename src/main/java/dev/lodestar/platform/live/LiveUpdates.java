package dev.lodestar.platform.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells open pages that something they show changed, over Server-Sent Events. A signal carries nothing but its
 * event name: each page then fetches its own parts again, with its reader's permissions, so nothing private can
 * travel the stream — the stream cannot leak what it never holds.
 * <p>
 * Signals are sent after the transaction commits, so a page that re-fetches reads the change, and a change that
 * rolls back is never announced. The subscribers live in this instance's memory only: several instances behind
 * a load balancer would need to fan signals out through PostgreSQL {@code LISTEN/NOTIFY} (issue 7).
 */
@Component
public class LiveUpdates {

	/** Long enough for a meeting; the browser's EventSource reconnects by itself when it ends. */
	static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final Map<String, Set<SseEmitter>> subscribers = new ConcurrentHashMap<>();

	/** A stream of the topic's signals; it is forgotten when it completes, times out or fails. */
	public SseEmitter subscribe(String topic) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		subscribers.computeIfAbsent(topic, key -> ConcurrentHashMap.newKeySet()).add(emitter);
		emitter.onCompletion(() -> forget(topic, emitter));
		emitter.onTimeout(() -> forget(topic, emitter));
		emitter.onError(failure -> forget(topic, emitter));
		try {
			// A comment, so the client sees the stream open at once (and proxies do not wait for the first signal).
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException gone) {
			forget(topic, emitter);
		}
		return emitter;
	}

	/** Signals the topic's subscribers once the current transaction commits, or now when there is none. */
	public void signal(String topic, String eventName) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send(topic, eventName);
				}
			});
		}
		else {
			send(topic, eventName);
		}
	}

	/** How many streams listen to the topic now. */
	public int subscribers(String topic) {
		return subscribers.getOrDefault(topic, Set.of()).size();
	}

	private void send(String topic, String eventName) {
		for (SseEmitter emitter : subscribers.getOrDefault(topic, Set.of())) {
			try {
				// EventSource drops an event without data, so the data is the name again: still nothing to leak.
				emitter.send(SseEmitter.event().name(eventName).data(eventName));
			}
			catch (IOException | RuntimeException gone) {
				// The emitter has ended itself (Spring completes it on a failed write): forgetting it is all that is
				// left, and a signal never fails the change that was already committed.
				forget(topic, emitter);
			}
		}
	}

	private void forget(String topic, SseEmitter emitter) {
		subscribers.computeIfPresent(topic, (key, emitters) -> {
			emitters.remove(emitter);
			return emitters.isEmpty() ? null : emitters;
		});
	}

	/**
	 * A comment now and then to every stream: a client gone without a word is noticed (and forgotten) at the
	 * latest here, and proxies do not take a quiet stream for a dead one.
	 */
	@Scheduled(fixedDelay = 20, timeUnit = TimeUnit.SECONDS)
	void heartbeat() {
		subscribers.forEach((topic, emitters) -> emitters.forEach(emitter -> {
			try {
				emitter.send(SseEmitter.event().comment("heartbeat"));
			}
			catch (IOException | RuntimeException gone) {
				forget(topic, emitter);
			}
		}));
	}

	/**
	 * Ends every stream as the application starts to close, before the web server waits for open requests to
	 * finish: a meeting left open must not hold up a shutdown.
	 */
	@EventListener(ContextClosedEvent.class)
	void endAll() {
		subscribers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
		subscribers.clear();
	}
}
