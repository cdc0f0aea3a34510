package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.CloseOut;

/**
 * The close-out page of a cycle: ask owners for final scores, see who still owes one, close the cycle.
 *
 * @param notice a message key saying what just happened; absent otherwise
 * @param errors why asking or closing was refused
 */
public record ClosingPage(Shell shell, CloseOut closeOut, String notice, FormErrors errors) {

	public boolean open() {
		return closeOut.cycle().state().isOpen();
	}
}
