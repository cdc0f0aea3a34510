package dev.lodestar.alignment.web;

import java.time.Instant;

import dev.lodestar.alignment.ContributionAction;

/** One step of a request's conversation: who did what for which team when, with the proposal then and the reason. */
public record StepLine(ContributionAction action, long teamId, String teamName, String actorName, Instant takenAt,
		ProposalLine proposal, String reason) {
}
