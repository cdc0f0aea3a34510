package dev.lodestar.readiness;

/**
 * A team's readiness check in a cycle, as its people and admins read it. It says how many answered, never who.
 *
 * @param youAnswered whether the reader has answered (about the reader only)
 * @param mayAnswer whether the reader may answer now: one of the team's people who has not, while it is open
 * @param mayClose whether the reader may close it: a lead of the team or an admin, while it is open
 * @param result where the team stands; null while fewer than {@code minimumAnswers} answered
 * @param notEnough why there is no result yet, in the reader's language; null once there is one
 */
public record ReadinessCheck(long id, long teamId, String teamName, long cycleId, String cycleName, ReadinessCheckState state,
		int answerCount, int minimumAnswers, boolean youAnswered, boolean mayAnswer, boolean mayClose, ReadinessResult result,
		String notEnough) {
}
