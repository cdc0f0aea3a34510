package dev.lodestar.cocreation;

/** What a dot cast or taken back leaves the voter: how many they may still cast. */
public record VotesLeft(long sessionId, long itemId, int votesLeft) {
}
