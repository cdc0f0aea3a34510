package dev.lodestar.health;

import java.math.BigDecimal;
import java.util.List;

/** A stored signal as a reader sees it, its evidence resolved through the reader's permissions. */
public record SignalView(HealthSignal signal, SignalFamily family, SignalMeasure measure, BigDecimal value,
		HealthBand band, BigDecimal watch, BigDecimal atRisk, int evidenceCount, List<EvidenceLine> evidence) {

	public SignalView {
		evidence = List.copyOf(evidence);
	}
}
