package dev.lodestar.cocreation;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Opens a team's session for a cycle: how many dots each participant gets (3 unless said) and, optionally, people
 * of neighbouring teams invited to join.
 */
public record NewSession(@NotNull Long cycleId, @Min(1) @Max(10) Integer votesPerParticipant,
		@Size(max = 50) List<@NotNull Long> inviteeIds) {

	static final int DEFAULT_VOTES = 3;

	int votes() {
		return votesPerParticipant == null ? DEFAULT_VOTES : votesPerParticipant;
	}

	List<Long> invitees() {
		return inviteeIds == null ? List.of() : inviteeIds.stream().distinct().toList();
	}
}
