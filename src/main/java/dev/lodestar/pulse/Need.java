package dev.lodestar.pulse;

/** The three psychological needs OKR works through; each pulse asks a few questions on each. */
public enum Need {

	AUTONOMY, COMPETENCE, RELATEDNESS;

	public String messageKey() {
		return "pulse.need." + name();
	}
}
