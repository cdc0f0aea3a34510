package dev.lodestar.checkins;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lodestar.objectives.KeyResultReadings;
import dev.lodestar.objectives.Reading;

/** Gives the objectives the latest check-in of their key results, to show progress with them. */
@Component
class LatestReadings implements KeyResultReadings {

	private final CheckInRepository checkIns;

	LatestReadings(CheckInRepository checkIns) {
		this.checkIns = checkIns;
	}

	@Override
	public Map<Long, Reading> latestOf(Collection<Long> keyResultIds) {
		return keyResultIds.isEmpty() ? Map.of() : checkIns.latestOf(keyResultIds);
	}
}
