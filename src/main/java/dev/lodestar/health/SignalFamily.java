package dev.lodestar.health;

/** The six questions health asks of OKRs, each answered by a few signals. */
public enum SignalFamily {

	AMBITION, FORM, AUTONOMY, ALIGNMENT, TRANSPARENCY, FOLLOW_UP
}
