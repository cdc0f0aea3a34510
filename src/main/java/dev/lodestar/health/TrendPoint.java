package dev.lodestar.health;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A team's signal values in one cycle of the trend: null for a signal with nothing to measure then. */
public record TrendPoint(long cycleId, String cycleName, Map<HealthSignal, BigDecimal> values) {

	public TrendPoint {
		values = Collections.unmodifiableMap(new HashMap<>(values));
	}
}
