package dev.lodestar.pulse;

/** What answering echoes: that the pulse took an answer, and nothing about whose or which. */
public record PulseAnswered(long pulseId, boolean answered) {
}
