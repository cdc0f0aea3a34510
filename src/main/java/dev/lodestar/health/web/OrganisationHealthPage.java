package dev.lodestar.health.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.health.BandCounts;
import dev.lodestar.health.HealthSignal;
import dev.lodestar.health.OrganisationHealth;
import dev.lodestar.platform.web.PageLinks;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.platform.web.Sparkline;

/**
 * The organisation's health: how many teams each signal finds where, the heat map of a page of teams × signals
 * with a link to each team's page, and the trend of the share of teams at risk per signal over the cycles.
 */
public record OrganisationHealthPage(Shell shell, OrganisationHealth health, Cycle cycle, List<Cycle> cycles,
		int recomputed) {

	/** Plain links to the heat map's other pages of teams, in this cycle. */
	public PageLinks links() {
		return PageLinks.of(health.teams(), "/health", "/health", Map.of("cycle", String.valueOf(health.cycleId())));
	}

	public List<HealthSignal> signals() {
		return List.of(HealthSignal.values());
	}

	/** The signal's share of measured teams at risk over the trend's cycles, as a line and in words. */
	public Sparkline trendOf(HealthSignal signal) {
		List<BigDecimal> shares = health.trend().stream()
			.map(point -> point.signals().stream().filter(counts -> counts.signal() == signal).findFirst()
				.map(BandCounts::atRiskShare).map(BigDecimal::valueOf).orElse(null))
			.toList();
		String label = health.trend().stream()
			.map(point -> {
				Double share = point.signals().stream().filter(counts -> counts.signal() == signal).findFirst()
					.map(BandCounts::atRiskShare).orElse(null);
				return shell.t().m("health.trend-point", point.cycleName(), share == null ? shell.t().m("health.band.NOT_MEASURED")
						: shell.t().percent(BigDecimal.valueOf(share * 100)));
			})
			.collect(Collectors.joining(", "));
		return Sparkline.of(shares, shell.t().m("health.organisation.trend", label));
	}
}
