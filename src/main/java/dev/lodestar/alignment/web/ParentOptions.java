package dev.lodestar.alignment.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/**
 * What an objective may be aligned to, as found for the text typed: visible objectives of its cycle and of the
 * longer cycles that contain it, at most {@link AlignmentSections#OPTION_LIMIT}. {@code form} keeps the choice.
 */
public record ParentOptions(Shell shell, long objectiveId, List<ParentOption> options, AlignmentForm form) {
}
