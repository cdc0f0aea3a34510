package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.platform.web.FormErrors;

/**
 * An objective's thread as the page shows it: the latest comments, oldest first, a way to earlier ones
 * ({@code earlierBefore}, absent when there are none), and the form to add one.
 */
public record CommentsSection(long objectiveId, List<CommentLine> lines, Long earlierBefore, CommentForm form,
		FormErrors errors) {
}
