package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/** Comments from before those shown, oldest first, with a way to still earlier ones while there are any. */
public record EarlierCommentsFragment(Shell shell, long objectiveId, List<CommentLine> lines, Long earlierBefore) {
}
