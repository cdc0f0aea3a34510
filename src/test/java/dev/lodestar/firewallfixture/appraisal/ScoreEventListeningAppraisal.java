package dev.lodestar.firewallfixture.appraisal;

import dev.lodestar.scoring.ScoreRecorded;

/**
 * A forbidden dependency, on purpose: appraisal code that hears scoring's event. The event carries no score, so
 * other modules may hear it, but appraisal may not depend on scoring at all; the stricter rule must report it.
 */
class ScoreEventListeningAppraisal {

	long keyResultScored(ScoreRecorded event) {
		return event.keyResultId();
	}
}
