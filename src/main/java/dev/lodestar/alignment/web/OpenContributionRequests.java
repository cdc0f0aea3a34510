package dev.lodestar.alignment.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/**
 * The open contribution requests of a team page ({@code teamId} set) or of a lead's home page (the teams they
 * lead): those asked of the teams and those they ask. {@code askLink} leads to the ask form when the reader may ask.
 */
public record OpenContributionRequests(Shell shell, Long teamId, List<RequestLine> askedOf, List<RequestLine> askedBy,
		String askLink) {

	public boolean home() {
		return teamId == null;
	}

	public boolean empty() {
		return askedOf.isEmpty() && askedBy.isEmpty();
	}
}
