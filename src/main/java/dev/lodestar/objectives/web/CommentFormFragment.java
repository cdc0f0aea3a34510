package dev.lodestar.objectives.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The comment form again after posting: empty, with the new comment to append to the thread; or as typed, with
 * the messages of a refusal and nothing to append ({@code posted} absent).
 */
public record CommentFormFragment(Shell shell, long objectiveId, CommentForm form, FormErrors errors, CommentLine posted) {
}
