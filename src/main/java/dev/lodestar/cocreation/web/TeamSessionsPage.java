package dev.lodestar.cocreation.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.cocreation.Invitee;
import dev.lodestar.cocreation.SessionsOfTeam;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** A team's sessions, and the form that opens one for its facilitators. */
public record TeamSessionsPage(Shell shell, SessionsOfTeam sessions, Map<Long, String> cycleNames, List<Cycle> openCycles,
		List<Invitee> invitees, OpenForm form, FormErrors errors) {
}
