package dev.lodestar.scoring;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.lodestar.platform.live.LiveUpdates;

/**
 * A revised score on a board is a change of the review: its participants see the new score without reloading.
 * Every running review of the cycle is told to look again — a board that does not show the key result just
 * re-reads the same thing, which is cheaper than working out whose board shows it.
 */
@Component
class ReviewLiveSignals {

	private final ReviewRepository reviews;

	private final LiveUpdates live;

	ReviewLiveSignals(ReviewRepository reviews, LiveUpdates live) {
		this.reviews = reviews;
		this.live = live;
	}

	@EventListener
	void on(ScoreRecorded recorded) {
		reviews.runningInCycle(recorded.cycleId()).forEach(id -> live.signal(WeeklyReview.topicOf(id), ReviewManagement.CHANGED));
	}
}
