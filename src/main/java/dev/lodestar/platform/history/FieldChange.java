package dev.lodestar.platform.history;

/** One field of one thing, before and after a change; {@code null} on the side where it did not exist. */
public record FieldChange(String field, Object before, Object after) {
}
