package dev.lodestar.pulse;

/** A pulse is answered while OPEN; closing it is final. */
public enum PulseState {
	OPEN, CLOSED
}
