package dev.lodestar.checkins;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.KeyResultReadings;
import dev.lodestar.objectives.Reading;

/** Gives the objectives the latest check-in of their key results, and the check-in day, to show where they stand. */
@Component
class LatestReadings implements KeyResultReadings {

	private final CheckInRepository checkIns;

	private final CheckInPolicyManagement policy;

	LatestReadings(CheckInRepository checkIns, CheckInPolicyManagement policy) {
		this.checkIns = checkIns;
		this.policy = policy;
	}

	@Override
	public Map<Long, Reading> latestOf(Collection<Long> keyResultIds) {
		return keyResultIds.isEmpty() ? Map.of() : checkIns.latestOf(keyResultIds);
	}

	@Override
	public Map<Long, BigDecimal> latestValuesOf(Collection<Long> keyResultIds) {
		return keyResultIds.isEmpty() ? Map.of() : checkIns.latestValuesOf(keyResultIds);
	}

	@Override
	public DayOfWeek checkInDay() {
		return policy.current().weekday();
	}
}
