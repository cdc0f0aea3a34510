package dev.lodestar.objectives.api;

/** A hint with its explanation in the caller's language. */
record HintResponse(String code, String message) {
}
