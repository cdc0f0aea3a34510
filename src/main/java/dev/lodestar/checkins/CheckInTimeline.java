package dev.lodestar.checkins;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.platform.web.Page;

/** A key result with a page of its check-ins, newest first: what its chart and its table show. */
public record CheckInTimeline(KeyResult keyResult, Page<CheckIn> checkIns) {
}
