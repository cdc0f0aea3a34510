package dev.lodestar.cocreation;

import java.util.List;

/**
 * A team's co-creation sessions, newest first, running ones among them.
 *
 * @param mayOpen whether the caller may open a session (a lead of the team or an admin)
 */
public record SessionsOfTeam(long teamId, String teamName, boolean mayOpen, List<CoCreationSession> sessions) {

	public SessionsOfTeam {
		sessions = List.copyOf(sessions);
	}
}
