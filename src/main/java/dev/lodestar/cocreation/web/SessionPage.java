package dev.lodestar.cocreation.web;

import java.util.List;

import dev.lodestar.cocreation.CoCreationBoard;
import dev.lodestar.cocreation.Invitee;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** A session: its invitations above the live board. */
public record SessionPage(Shell shell, BoardFragment live, List<Invitee> invitees,
		FormErrors inviteErrors, List<String> notices) {

	public CoCreationBoard board() {
		return live.board();
	}
}
