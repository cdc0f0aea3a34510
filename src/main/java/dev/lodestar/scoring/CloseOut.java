package dev.lodestar.scoring;

import java.util.List;

import dev.lodestar.cycles.Cycle;

/**
 * Where a cycle stands before it closes, as far as the reader may see: whether owners were asked for final scores,
 * and the key results still without one, by owner.
 *
 * @param call       null until someone asks for final scores
 * @param keyResults how many key results the reader may see in the cycle
 */
public record CloseOut(Cycle cycle, FinalScoreCall call, int keyResults, List<OwnerToScore> owners) {

	public CloseOut {
		owners = List.copyOf(owners);
	}

	public boolean asked() {
		return call != null;
	}

	/** How many of them still lack a final score. */
	public int unscored() {
		return owners.stream().mapToInt(owner -> owner.keyResults().size()).sum();
	}
}
