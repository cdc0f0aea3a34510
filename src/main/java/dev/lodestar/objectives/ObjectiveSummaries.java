package dev.lodestar.objectives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.jdbc.SqlValues;
import dev.lodestar.platform.security.Caller;

/**
 * Objectives in bulk for pictures and counts made elsewhere (the alignment map, coverage): three queries however
 * many objectives — the objectives, their key results' measures, the key results' latest readings.
 */
@Service
public class ObjectiveSummaries {

	private final ObjectiveRepository objectives;

	private final KeyResultRepository keyResults;

	private final KeyResultReadings readings;

	ObjectiveSummaries(ObjectiveRepository objectives, KeyResultRepository keyResults, KeyResultReadings readings) {
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.readings = readings;
	}

	/** Every objective of a cycle, hidden ones without words. */
	@Transactional(readOnly = true)
	public List<ObjectiveSummary> inCycle(Caller caller, long cycleId) {
		return withProgress(objectives.summariesInCycle(caller, cycleId), keyResults.measuresInCycle(cycleId));
	}

	/** How many objectives the cycle has, hidden ones included: whether a picture of it all is still readable. */
	@Transactional(readOnly = true)
	public long countInCycle(long cycleId) {
		return objectives.countInCycle(cycleId);
	}

	/** The objectives among these ids that exist, hidden ones without words. */
	@Transactional(readOnly = true)
	public List<ObjectiveSummary> of(Caller caller, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withProgress(objectives.summaries(caller, ids), keyResults.measuresOf(ids));
	}

	/** The objectives of these teams in a cycle, hidden ones without words. */
	@Transactional(readOnly = true)
	public List<ObjectiveSummary> ofTeams(Caller caller, long cycleId, Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		List<ObjectiveSummary> found = objectives.summariesOfTeams(caller, cycleId, teamIds);
		return withProgress(found, keyResults.measuresOf(found.stream().map(ObjectiveSummary::id).toList()));
	}

	private List<ObjectiveSummary> withProgress(List<ObjectiveSummary> summaries, List<KeyResult> measures) {
		if (measures.isEmpty()) {
			return summaries;
		}
		Map<Long, BigDecimal> latest = readings.latestValuesOf(measures.stream().map(KeyResult::id).toList());
		Map<Long, BigDecimal[]> sums = new HashMap<>();
		for (KeyResult keyResult : measures) {
			BigDecimal value = latest.get(keyResult.id());
			BigDecimal[] sum = sums.computeIfAbsent(keyResult.objectiveId(), id -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sum[0] = sum[0].add(keyResult.progressAt(value));
			sum[1] = sum[1].add(BigDecimal.ONE);
		}
		return summaries.stream().map(summary -> {
			BigDecimal[] sum = sums.get(summary.id());
			if (!summary.visible() || sum == null) {
				return summary;
			}
			// The same rounding as ObjectiveView, so a map and the objective's page never disagree.
			BigDecimal progress = SqlValues.plain(sum[0].divide(sum[1], 1, RoundingMode.HALF_UP));
			return new ObjectiveSummary(summary.id(), summary.cycleId(), summary.owner(), true, summary.title(),
					summary.draft(), progress);
		}).toList();
	}
}
