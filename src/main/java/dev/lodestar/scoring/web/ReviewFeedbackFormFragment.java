package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The feedback form of one key result on the board. On the board it is preserved while the board refreshes
 * itself live ({@code preserved}), so a half-typed comment survives others' changes; answering its own post it is
 * not, so that its answer (saved, or refused with messages) replaces it.
 */
public record ReviewFeedbackFormFragment(Shell shell, long reviewId, long keyResultId, String keyResultTitle,
		ReviewFeedbackForm form, FormErrors errors, boolean preserved, boolean saved) {
}
