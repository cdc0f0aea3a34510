package dev.lodestar.readiness;

/** A check's row. */
record StoredCheck(long id, long teamId, long cycleId, ReadinessCheckState state, int answerCount) {
}
