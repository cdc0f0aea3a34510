package dev.lodestar.platform.live;

/** Carries a signal to the streams of every instance once the transaction that raised it commits. */
interface LiveRelay {

	void publish(String topic, String eventName);
}
