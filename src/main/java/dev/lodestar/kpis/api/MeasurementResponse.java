package dev.lodestar.kpis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.lodestar.kpis.Measurement;

record MeasurementResponse(long id, long kpiId, LocalDate measuredOn, BigDecimal value, boolean correction, String note,
		long recordedBy, Instant recordedAt) {

	static MeasurementResponse of(Measurement measurement) {
		return measurement == null ? null
				: new MeasurementResponse(measurement.id(), measurement.kpiId(), measurement.measuredOn(),
						measurement.value(), measurement.correction(), measurement.note(), measurement.recordedBy(),
						measurement.recordedAt());
	}
}
