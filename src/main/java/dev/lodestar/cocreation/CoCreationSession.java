package dev.lodestar.cocreation;

import java.time.Instant;

/**
 * A team's co-creation session for one cycle.
 *
 * @param votesPerParticipant how many dots each participant may cast in the voting round
 * @param timerEndsAt when the facilitator's timer rings, if one is set
 */
public record CoCreationSession(long id, long teamId, long cycleId, SessionState state, int votesPerParticipant,
		Instant timerEndsAt, long openedBy, Instant openedAt, Instant finishedAt, int version) {

	/** The live stream's topic: every change of the session is signalled on it. */
	public String topic() {
		return topicOf(id);
	}

	public static String topicOf(long sessionId) {
		return "cocreation-" + sessionId;
	}
}
