package dev.lodestar.cycles.api;

/** Closes a cycle at the version the closer saw. */
record CycleClosingRequest(Integer version) {
}
