package dev.lodestar.alignment;

/** An open contribution request that has waited long on the team with the turn; whole days, rounded down. */
public record WaitingRequest(ContributionRequest request, long daysWaiting) {
}
