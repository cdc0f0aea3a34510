package dev.lodestar.pulse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.pulse.PulseRepository.PulseRow;
import dev.lodestar.pulse.PulseRepository.Tally;

/**
 * Reads every pulse's tallies at once (three queries, however many pulses, teams and answers) and folds them into
 * one group's readings over cycles, each disclosed or not by {@link PulseDisclosure} over all the pulse's teams, and
 * none while its pulse is open.
 */
@Component
class PulseResultsReader {

	/** Every answer answers every question, so the count of any one question's answers is the count of answers. */
	private static final PulseQuestion COUNTED = PulseQuestion.values()[0];

	private final PulseRepository repository;

	private final CycleManagement cycles;

	PulseResultsReader(PulseRepository repository, CycleManagement cycles) {
		this.repository = repository;
		this.cycles = cycles;
	}

	/** @param teamId the team to read for; null for the organisation */
	PulseResults of(Long teamId, String teamName) {
		List<PulseRow> pulses = repository.all();
		if (pulses.isEmpty()) {
			return new PulseResults(teamId, teamName, List.of());
		}
		Map<Long, List<Tally>> talliesByPulse = new HashMap<>();
		repository.tallies(pulses.stream().map(PulseRow::id).toList())
			.forEach(tally -> talliesByPulse.computeIfAbsent(tally.pulseId(), id -> new ArrayList<>()).add(tally));
		Map<Long, PulseRow> byCycle = new HashMap<>();
		pulses.forEach(pulse -> byCycle.put(pulse.cycleId(), pulse));
		List<PulseReading> readings = new ArrayList<>();
		for (Cycle cycle : cycles.findAll(byCycle.keySet())) {
			PulseRow pulse = byCycle.get(cycle.id());
			readings.add(reading(pulse, cycle, talliesByPulse.getOrDefault(pulse.id(), List.of()), teamId));
		}
		return new PulseResults(teamId, teamName, readings);
	}

	private static PulseReading reading(PulseRow pulse, Cycle cycle, List<Tally> tallies, Long teamId) {
		if (pulse.state() == PulseState.OPEN) {
			return new PulseReading(pulse.id(), cycle.id(), cycle.name(), pulse.state(), Disclosure.PULSE_OPEN, null, null,
					Map.of());
		}
		Map<Long, Integer> answersByTeam = new HashMap<>();
		int total = 0;
		for (Tally tally : tallies) {
			if (tally.question() == COUNTED) {
				total += tally.answers();
				if (tally.teamId() != PulseRepository.NO_TEAM) {
					answersByTeam.merge(tally.teamId(), tally.answers(), Integer::sum);
				}
			}
		}
		PulseDisclosure.Outcome outcome = PulseDisclosure.of(answersByTeam, total);
		int answers = teamId == null ? total : answersByTeam.getOrDefault(teamId, 0);
		Disclosure disclosure = teamId == null ? outcome.ofOrganisation() : outcome.ofTeam(teamId, answers);
		if (disclosure != Disclosure.SHOWN) {
			Integer needed = disclosure == Disclosure.NOT_ENOUGH_ANSWERS ? PulseDisclosure.THRESHOLD - answers : null;
			return new PulseReading(pulse.id(), cycle.id(), cycle.name(), pulse.state(), disclosure, null, needed, Map.of());
		}
		return new PulseReading(pulse.id(), cycle.id(), cycle.name(), pulse.state(), disclosure, answers, null,
				means(tallies, teamId));
	}

	private static Map<Need, BigDecimal> means(List<Tally> tallies, Long teamId) {
		Map<Need, long[]> sums = new EnumMap<>(Need.class);
		for (Tally tally : tallies) {
			if (teamId == null || tally.teamId() == teamId) {
				long[] sum = sums.computeIfAbsent(tally.question().need(), need -> new long[2]);
				sum[0] += (long) tally.answer() * tally.answers();
				sum[1] += tally.answers();
			}
		}
		Map<Need, BigDecimal> means = new EnumMap<>(Need.class);
		sums.forEach((need, sum) -> means.put(need,
				BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), 2, RoundingMode.HALF_UP)));
		return means;
	}
}
