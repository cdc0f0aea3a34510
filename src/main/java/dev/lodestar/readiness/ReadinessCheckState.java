package dev.lodestar.readiness;

/** OPEN while the team's people answer; CLOSED once a lead closes it, kept for the team's history. */
public enum ReadinessCheckState {
	OPEN, CLOSED
}
