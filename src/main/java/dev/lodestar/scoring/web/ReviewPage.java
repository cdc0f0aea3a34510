package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.ReviewBoard;

/**
 * A weekly review's page: the live board, and for the lead the reveal, decision and close forms (outside the
 * live part, so a decision being typed is not wiped by others' changes).
 *
 * @param errors what refused the lead's last step (reveal, close), above the forms
 */
public record ReviewPage(Shell shell, ReviewBoard board, FormErrors errors, ReviewDecisionForm decision,
		FormErrors decisionErrors) {

	public ReviewBoardFragment live() {
		return new ReviewBoardFragment(shell, board);
	}
}
