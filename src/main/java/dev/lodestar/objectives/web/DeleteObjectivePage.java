package dev.lodestar.objectives.web;

import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.web.Shell;

/** Asks before an objective goes, with what goes with it: its key results and their check-ins. */
public record DeleteObjectivePage(Shell shell, ObjectiveView view) {
}
