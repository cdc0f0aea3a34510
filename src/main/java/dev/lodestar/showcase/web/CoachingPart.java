package dev.lodestar.showcase.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.showcase.CoachingRequest;

/** Loaded into a team's page for its leads: the team's open request for help, or the form to ask for it. */
public record CoachingPart(Shell shell, long teamId, boolean mayAsk, CoachingRequest open, String note,
		FormErrors errors) {
}
