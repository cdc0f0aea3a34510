package dev.lodestar.health;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/**
 * Reads the organisation's health from the teams' stored results, in a constant number of queries however many
 * teams: the bands counted per signal for this cycle and the trend's, and one page of the heat map.
 */
@Component
class OrganisationHealthReader {

	private final HealthRepository results;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	OrganisationHealthReader(HealthRepository results, TeamManagement teams, CycleManagement cycles) {
		this.results = results;
		this.teams = teams;
		this.cycles = cycles;
	}

	@Transactional(readOnly = true)
	OrganisationHealth read(Cycle cycle, PageQuery page) {
		List<Cycle> shown = new ArrayList<>(cycles.earlier(cycle, HealthManagement.TREND_CYCLES - 1));
		Collections.reverse(shown);
		shown.add(cycle);
		var counts = results.bandCounts(shown.stream().map(Cycle::id).toList());
		Page<Team> teamPage = teams.search(null, null, page);
		var bands = results.bandsOf(cycle.id(), teamPage.items().stream().map(Team::id).toList());
		List<BandCounts> summary = summaryOf(counts.getOrDefault(cycle.id(), Map.of()));
		int computedTeams = summary.stream()
			.mapToInt(signal -> signal.healthy() + signal.watch() + signal.atRisk() + signal.notMeasured())
			.max()
			.orElse(0);
		return new OrganisationHealth(cycle.id(), cycle.name(), computedTeams, summary,
				teamPage.map(team -> new TeamRow(team.id(), team.name(), bands.getOrDefault(team.id(), Map.of()))),
				shown.stream()
					.map(point -> new OrganisationTrendPoint(point.id(), point.name(),
							summaryOf(counts.getOrDefault(point.id(), Map.of()))))
					.toList());
	}

	private static List<BandCounts> summaryOf(Map<HealthSignal, Map<HealthBand, Integer>> counts) {
		return Arrays.stream(HealthSignal.values())
			.map(signal -> {
				Map<HealthBand, Integer> bands = counts.getOrDefault(signal, Map.of());
				return new BandCounts(signal, bands.getOrDefault(HealthBand.HEALTHY, 0), bands.getOrDefault(HealthBand.WATCH, 0),
						bands.getOrDefault(HealthBand.AT_RISK, 0), bands.getOrDefault(HealthBand.NOT_MEASURED, 0));
			})
			.toList();
	}
}
