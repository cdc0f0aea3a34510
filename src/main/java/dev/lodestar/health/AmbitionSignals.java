package dev.lodestar.health;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.scoring.FinalScoreRange;

/**
 * The signals of ambition: final scores met in full or near zero, targets that ask for no change, and metrics kept
 * cycle after cycle. A key result measures "the same thing" as an earlier one when their titles agree once numbers,
 * punctuation and spaces are left out ("Reach 100 customers" and "Reach 250 customers").
 */
final class AmbitionSignals {

	private AmbitionSignals() {
	}

	static List<SignalResult> of(TeamFacts facts) {
		List<KeyResultFact> keyResults = facts.okrs().keyResults();
		TeamFacts.Ambition ambition = facts.ambition();
		List<Evidence> metInFull = new ArrayList<>();
		List<Evidence> nearZero = new ArrayList<>();
		int scored = 0;
		for (KeyResultFact keyResult : keyResults) {
			FinalScoreRange range = ambition.finalRanges().get(keyResult.id());
			if (range != null) {
				scored++;
				if (range == FinalScoreRange.MET_IN_FULL) {
					metInFull.add(new Evidence(EvidenceKind.KEY_RESULT, keyResult.id()));
				}
				else if (range == FinalScoreRange.NEAR_ZERO) {
					nearZero.add(new Evidence(EvidenceKind.KEY_RESULT, keyResult.id()));
				}
			}
		}
		Map<String, BigDecimal> lastResults = ambition.earlier().isEmpty() ? Map.of() : lastResultsOf(ambition.earlier().get(0),
				ambition.earlierResults());
		Set<String> earlierMetrics = new HashSet<>();
		ambition.earlier().forEach(cycle -> cycle.keyResults().forEach(keyResult -> earlierMetrics.add(metricOf(keyResult))));
		earlierMetrics.remove("");
		int targeted = 0;
		List<Evidence> flat = new ArrayList<>();
		List<Evidence> reused = new ArrayList<>();
		for (KeyResultFact keyResult : keyResults) {
			if (keyResult.target() != null) {
				targeted++;
				BigDecimal lastResult = lastResults.get(metricOf(keyResult));
				if ((keyResult.start() != null && keyResult.target().compareTo(keyResult.start()) == 0)
						|| (lastResult != null && keyResult.target().compareTo(lastResult) == 0)) {
					flat.add(new Evidence(EvidenceKind.KEY_RESULT, keyResult.id()));
				}
			}
			if (earlierMetrics.contains(metricOf(keyResult))) {
				reused.add(new Evidence(EvidenceKind.KEY_RESULT, keyResult.id()));
			}
		}
		return List.of(SignalResult.share(HealthSignal.SANDBAGGED_SCORES, metInFull, scored),
				SignalResult.share(HealthSignal.FAILED_SCORES, nearZero, scored),
				SignalResult.share(HealthSignal.FLAT_TARGETS, flat, targeted),
				ambition.earlier().isEmpty() || keyResults.isEmpty() ? SignalResult.notMeasured(HealthSignal.REUSED_METRICS)
						: SignalResult.of(HealthSignal.REUSED_METRICS, BigDecimal.valueOf(reused.size()), reused));
	}

	/** The last checked-in value of each metric of the previous cycle. */
	private static Map<String, BigDecimal> lastResultsOf(ObjectiveFacts.Facts previous, Map<Long, BigDecimal> results) {
		Map<String, BigDecimal> byMetric = new HashMap<>();
		previous.keyResults().forEach(keyResult -> {
			BigDecimal result = results.get(keyResult.id());
			if (result != null && !metricOf(keyResult).isEmpty()) {
				byMetric.put(metricOf(keyResult), result);
			}
		});
		return byMetric;
	}

	static String metricOf(KeyResultFact keyResult) {
		return keyResult.title().toLowerCase(Locale.ROOT).replaceAll("[\\p{Nd}\\p{P}\\p{S}\\s]+", "");
	}
}
