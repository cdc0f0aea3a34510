package dev.lodestar.showcase;

/** Starts one's own draft from an example, in an open cycle: the one named, else the current one. */
public record NewCopy(Long cycleId) {
}
