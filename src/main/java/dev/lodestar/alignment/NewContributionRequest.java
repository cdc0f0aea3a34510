package dev.lodestar.alignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Asks another team for a contribution to a key result of one of the asking team's objectives. */
public record NewContributionRequest(@NotNull Long servesKeyResultId, @NotNull Long askedTeamId,
		@NotNull @Valid Proposal proposal) {
}
