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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event streams open on this instance, by topic: what a signal, wherever it was raised, is finally written to.
 */
@Component
class LiveSubscribers {

	/** Long enough for a meeting; the browser's EventSource reconnects by itself when it ends. */
	static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final Map<String, Set<SseEmitter>> subscribers = new ConcurrentHashMap<>();

	/** A stream of the topic's signals; it is forgotten when it completes, times out or fails. */
	SseEmitter subscribe(String topic) {
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

	/** How many streams listen to the topic now. */
	int subscribers(String topic) {
		return subscribers.getOrDefault(topic, Set.of()).size();
	}

	/** Writes the signal to every stream of the topic open here. */
	void deliver(String topic, String eventName) {
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
