package dev.lodestar.health;

/** How many teams a signal finds healthy, to watch, at risk, or cannot measure yet, in one cycle. */
public record BandCounts(HealthSignal signal, int healthy, int watch, int atRisk, int notMeasured) {

	/** The share of measured teams at risk, 0–1; null when no team is measured. */
	public Double atRiskShare() {
		int measured = healthy + watch + atRisk;
		return measured == 0 ? null : (double) atRisk / measured;
	}
}
