package dev.lodestar.firewallfixture.kpis;

import java.util.List;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.scoring.Score;
import dev.lodestar.scoring.ScoreManagement;

/** A forbidden data path, on purpose: a KPI board that reads OKR scores. The firewall must report it. */
class ScorePeekingKpiBoard {

	private final ScoreManagement scores;

	ScorePeekingKpiBoard(ScoreManagement scores) {
		this.scores = scores;
	}

	List<Score> scoresBehind(Caller caller, long keyResultId) {
		return scores.history(caller, keyResultId);
	}
}
