package dev.lodestar.notifications;

import java.util.List;

/**
 * Something to reach a person or a chat group once: its kind, whom (a person, or a chat scope: 0 for the
 * organisation's group, else the team's), for which period (the local day of a reminder) and, for a group, the time
 * zone whose run planned it; on which channel, about what (key result or team ids), and how delivering it went so far.
 */
public record Notification(long id, NotificationKind kind, Long recipientId, Long chatScope, String timeZone,
		String period, Channel channel, List<Long> subjectIds, State state, int attempts, String lastError) {

	public Notification {
		subjectIds = List.copyOf(subjectIds);
	}

	/** PENDING until sent; FAILED once every attempt failed, or at once when it never can succeed. */
	public enum State {
		PENDING, SENT, FAILED
	}
}
