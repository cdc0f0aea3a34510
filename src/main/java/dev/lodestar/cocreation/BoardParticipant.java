package dev.lodestar.cocreation;

/** Someone taking part: invited from another team, or of the team; joined once they opened the session. */
public record BoardParticipant(long personId, String name, boolean invited, boolean joined) {
}
