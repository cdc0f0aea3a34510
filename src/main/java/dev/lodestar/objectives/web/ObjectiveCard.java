package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.objectives.ObjectiveView;

/** An objective as a card: its owner's name and its key results as rows. */
public record ObjectiveCard(ObjectiveView view, String ownerName, List<KeyResultRow> rows) {
}
