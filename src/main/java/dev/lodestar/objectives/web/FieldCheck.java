package dev.lodestar.objectives.web;

import java.util.List;

/** The messages one field shows now, by the id of the element that holds them; none clears what it showed before. */
public record FieldCheck(String errorId, List<String> messages) {
}
