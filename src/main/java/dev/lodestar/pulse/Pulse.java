package dev.lodestar.pulse;

/**
 * A cycle's pulse, at most one per cycle.
 *
 * @param answered how many people answered: a count, never who
 */
public record Pulse(long id, long cycleId, String cycleName, PulseState state, int answered, int version) {
}
