package dev.lodestar.audit.web;

/** One field of a change in the reader's words: its name, and its value before and after (absent where it had none). */
public record ChangeLine(String field, String before, String after) {
}
