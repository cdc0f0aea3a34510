package dev.lodestar.health.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.health.SignalFamily;
import dev.lodestar.health.SignalMeasure;
import dev.lodestar.health.SignalView;
import dev.lodestar.health.TeamHealth;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.platform.web.Sparkline;

/** A team's health page: the signals by family, each with its value, band, meaning, advice and evidence. */
public record TeamHealthPage(Shell shell, TeamHealth health, Cycle cycle, List<Cycle> cycles) {

	public Map<SignalFamily, List<SignalView>> byFamily() {
		Map<SignalFamily, List<SignalView>> families = new LinkedHashMap<>();
		health.signals().forEach(signal -> families.computeIfAbsent(signal.family(), family -> new java.util.ArrayList<>())
			.add(signal));
		return families;
	}

	/** The signal's values over the trend's cycles, as a line and in words. */
	public Sparkline trendOf(SignalView signal) {
		List<BigDecimal> values = health.trend().stream().map(point -> point.values().get(signal.signal())).toList();
		String label = health.trend().stream()
			.map(point -> shell.t().m("health.trend-point", point.cycleName(), point.values().get(signal.signal()) == null
					? shell.t().m("health.band.NOT_MEASURED") : shown(signal.measure(), point.values().get(signal.signal()))))
			.collect(java.util.stream.Collectors.joining(", "));
		return Sparkline.of(values, shell.t().m("health.trend", label));
	}

	/** A share as a percentage, a count or weeks as a number, in the reader's style. */
	public String shown(SignalMeasure measure, BigDecimal value) {
		return measure == SignalMeasure.SHARE ? shell.t().percent(value.multiply(BigDecimal.valueOf(100)))
				: shell.t().number(value);
	}
}
