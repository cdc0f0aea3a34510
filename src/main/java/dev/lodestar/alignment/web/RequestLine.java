package dev.lodestar.alignment.web;

/** An open contribution request in a list: the two teams, what it serves and proposes, who answers, since how long. */
public record RequestLine(long id, long askingTeamId, String askingTeamName, long askedTeamId, String askedTeamName,
		String keyResultTitle, String proposalTitle, String turnTeamName, long daysWaiting) {
}
