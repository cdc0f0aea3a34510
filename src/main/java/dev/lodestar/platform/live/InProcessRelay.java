package dev.lodestar.platform.live;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** One instance (H2): the signal goes straight to this instance's streams, after the commit. */
class InProcessRelay implements LiveRelay {

	private final LiveSubscribers subscribers;

	InProcessRelay(LiveSubscribers subscribers) {
		this.subscribers = subscribers;
	}

	@Override
	public void publish(String topic, String eventName) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					subscribers.deliver(topic, eventName);
				}
			});
		}
		else {
			subscribers.deliver(topic, eventName);
		}
	}
}
