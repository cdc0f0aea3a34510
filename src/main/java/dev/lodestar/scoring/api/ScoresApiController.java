package dev.lodestar.scoring.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.scoring.NewScore;
import dev.lodestar.scoring.ScoreManagement;

@RestController
@Tag(name = "Scores")
class ScoresApiController {

	private final ScoreManagement scores;

	ScoresApiController(ScoreManagement scores) {
		this.scores = scores;
	}

	/**
	 * A PUT, not a POST: the body names the version it replaces, so a retried request cannot score twice — the
	 * retry finds a newer version and is refused as stale.
	 */
	@PutMapping("/api/v1/key-results/{keyResultId}/score")
	@Operation(summary = "Score a key result: 0.0–1.0 in steps of 0.1, a reason, an optional weight (1 by default) and "
			+ "the version of the score it replaces (0 for the first). A forecast mid-cycle, final in the cycle's last week")
	ScoreResponse scoreKeyResult(@AuthenticationPrincipal Caller caller, @PathVariable long keyResultId,
			@RequestBody NewScore score) {
		return ScoreResponse.of(scores.record(caller, keyResultId, score));
	}

	@GetMapping("/api/v1/key-results/{keyResultId}/scores")
	@Operation(summary = "The key result's scores, newest first: how its forecast moved")
	List<ScoreResponse> listScores(@AuthenticationPrincipal Caller caller, @PathVariable long keyResultId) {
		return scores.history(caller, keyResultId).stream().map(ScoreResponse::of).toList();
	}

	@GetMapping("/api/v1/objectives/{objectiveId}/score")
	@Operation(summary = "The objective's score (weighted mean of its key results' current scores) and each key result's score")
	ObjectiveScoreResponse showObjectiveScore(@AuthenticationPrincipal Caller caller, @PathVariable long objectiveId) {
		return ObjectiveScoreResponse.of(scores.ofObjective(caller, objectiveId));
	}
}
