package dev.lodestar.objectives.web;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.web.Shell;

/** Asks before a key result goes, with its check-ins. */
public record DeleteKeyResultPage(Shell shell, ObjectiveView objective, KeyResult keyResult) {
}
