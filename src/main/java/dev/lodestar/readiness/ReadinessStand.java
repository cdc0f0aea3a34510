package dev.lodestar.readiness;

/** Where a team stands on a condition, from its score 0–100. The thresholds live here and nowhere else. */
public enum ReadinessStand {

	NOT_YET, PARTLY, READY;

	public static final int READY_FROM = 70;

	public static final int PARTLY_FROM = 40;

	public static ReadinessStand of(int score) {
		if (score >= READY_FROM) {
			return READY;
		}
		return score >= PARTLY_FROM ? PARTLY : NOT_YET;
	}
}
