package dev.lodestar.notifications;

import java.util.List;

/**
 * Something to reach a person once: its kind, whom, for which period (the local day of a check-in reminder), on
 * which channel, about what (key result ids), and how delivering it went so far.
 */
public record Notification(long id, NotificationKind kind, long recipientId, String period, Channel channel,
		List<Long> subjectIds, State state, int attempts, String lastError) {

	public Notification {
		subjectIds = List.copyOf(subjectIds);
	}

	/** PENDING until sent; FAILED once every attempt failed. */
	public enum State {
		PENDING, SENT, FAILED
	}
}
