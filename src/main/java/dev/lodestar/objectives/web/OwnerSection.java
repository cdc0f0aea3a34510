package dev.lodestar.objectives.web;

import java.util.List;

/** Objectives of one owner on a page: mine, or one of my teams'. {@code teamId} is absent for a person. */
public record OwnerSection(String heading, Long teamId, List<ObjectiveCard> cards) {
}
