package dev.lodestar.health;

/** One objective, key result or person behind a signal's value. */
public record Evidence(EvidenceKind kind, long id) {
}
