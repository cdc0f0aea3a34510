package dev.lodestar.objectives.api;

import java.math.BigDecimal;
import java.util.List;

import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.Reading;

/**
 * A key result and where it stands. {@code current} is the latest value (the start before any check-in);
 * {@code done} is set for milestones only; {@code progress} runs 0–100.
 */
record KeyResultResponse(long id, long objectiveId, int position, String title, KeyResultKind kind, BigDecimal start,
		BigDecimal target, String unit, long ownerPersonId, boolean draft, int version, BigDecimal current, Boolean done,
		Integer confidence, BigDecimal progress, Reading lastCheckIn, List<HintResponse> hints) {
}
