package dev.lodestar.objectives.web;

/** One option of a select or a radio group: the value sent, and what the reader sees. */
public record Choice(String value, String label) {
}
