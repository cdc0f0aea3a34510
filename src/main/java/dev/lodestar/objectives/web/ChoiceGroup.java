package dev.lodestar.objectives.web;

import java.util.List;

/** Options under a heading, e.g. "Your teams" in the owner select. */
public record ChoiceGroup(String label, List<Choice> choices) {
}
