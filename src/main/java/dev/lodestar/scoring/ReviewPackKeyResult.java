package dev.lodestar.scoring;

import java.util.List;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.objectives.KeyResult;

/**
 * A key result over the period: its check-ins in it (oldest first), its current self-score, and the revealed
 * feedback on its scores from the period's reviews.
 */
public record ReviewPackKeyResult(KeyResultScore score, List<CheckIn> checkIns, List<ReviewPackFeedback> feedback) {

	public ReviewPackKeyResult {
		checkIns = List.copyOf(checkIns);
		feedback = List.copyOf(feedback);
	}

	public KeyResult keyResult() {
		return score.keyResult().keyResult();
	}

	public boolean checkedIn() {
		return !checkIns.isEmpty();
	}

	/** The first check-in of the period, where its confidence trend starts. */
	public CheckIn first() {
		return checkIns.isEmpty() ? null : checkIns.get(0);
	}

	/** The last check-in of the period: the value at its end. */
	public CheckIn last() {
		return checkIns.isEmpty() ? null : checkIns.get(checkIns.size() - 1);
	}

	/** The check-ins that said something. */
	public List<CheckIn> notes() {
		return checkIns.stream().filter(checkIn -> !checkIn.note().isBlank()).toList();
	}
}
