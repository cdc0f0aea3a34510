package dev.lodestar.cocreation;

/** Someone of a neighbouring team (the parent team or a sibling) who could be invited to a team's session. */
public record Invitee(long personId, String name, long teamId, String teamName) {
}
