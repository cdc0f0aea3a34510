package dev.lodestar.alignment;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;

/**
 * Alignment coverage of a cycle, for the organisation or one team: how many objectives are aligned upward, which
 * objectives nothing supports, which support nothing, and which contribution requests have waited more than seven
 * days on the team with the turn.
 * <p>
 * Privacy: a private objective the reader may not see appears in the alignment map only, and nowhere else — so
 * coverage counts and lists only objectives the reader may see ({@link ObjectiveSummary#visible()}), and a link
 * counts only when the reader may see both its ends. Requests count when the reader may see the key result they
 * serve, as in {@link ContributionManagement#ofCycle}.
 * <p>
 * A team's objectives are those the team itself owns: not its people's personal objectives, not its sub-teams'.
 * Its requests are those it asks or is asked. The organisation's objectives are every objective of the cycle, of
 * teams and of people. Drafts count like any objective: a draft from an accepted contribution request is already
 * aligned to the key result it serves, and its owners see it in their OKRs.
 * <p>
 * A constant number of statements whatever the size: the cycle, the cycle's objectives (with their progress), its
 * links, the objectives of longer cycles at the other end of them, and its open requests.
 */
@Service
public class AlignmentCoverage {

	private final AlignmentLinkRepository links;

	private final ObjectiveSummaries summaries;

	private final ContributionManagement contributions;

	private final CycleManagement cycles;

	private final TeamManagement teams;

	private final Clock clock;

	AlignmentCoverage(AlignmentLinkRepository links, ObjectiveSummaries summaries, ContributionManagement contributions,
			CycleManagement cycles, TeamManagement teams, Clock clock) {
		this.links = links;
		this.summaries = summaries;
		this.contributions = contributions;
		this.cycles = cycles;
		this.teams = teams;
		this.clock = clock;
	}

	/** The organisation's coverage, with a line for every team, in one pass. */
	@Transactional(readOnly = true)
	public CoverageReport ofOrganisation(Caller caller, long cycleId) {
		CycleSeen cycle = read(caller, cycleId);
		return new CoverageReport(cycleId, null, cycle.measure().of(cycle.objectives(), cycle.requests()),
				cycle.measure().perTeam(cycle.objectives(), cycle.requests()));
	}

	/** One team's coverage: the objectives it owns, the requests it asks or is asked. */
	@Transactional(readOnly = true)
	public CoverageReport ofTeam(Caller caller, long cycleId, long teamId) {
		if (!teams.exists(teamId)) {
			throw new NotFoundException("team", teamId);
		}
		CycleSeen cycle = read(caller, cycleId);
		return new CoverageReport(cycleId, teamId, cycle.measure().of(CoverageMeasure.ownedBy(cycle.objectives(), teamId),
				CoverageMeasure.ofTeam(cycle.requests(), teamId)), List.of());
	}

	private record CycleSeen(List<ObjectiveSummary> objectives, List<ContributionRequest> requests, CoverageMeasure measure) {
	}

	private CycleSeen read(Caller caller, long cycleId) {
		if (cycles.find(cycleId).isEmpty()) {
			throw new NotFoundException("cycle", cycleId);
		}
		List<ObjectiveSummary> objectives = summaries.inCycle(caller, cycleId);
		List<AlignmentLink> cycleLinks = links.ofCycle(cycleId);
		// A link may reach an objective of a longer cycle that contains this one (an annual objective).
		Set<Long> elsewhere = new HashSet<>();
		cycleLinks.forEach(link -> {
			elsewhere.add(link.childObjectiveId());
			elsewhere.add(link.parentObjectiveId());
		});
		objectives.forEach(objective -> elsewhere.remove(objective.id()));
		List<ObjectiveSummary> seen = Stream.concat(objectives.stream(), summaries.of(caller, elsewhere).stream()).toList();
		return new CycleSeen(objectives, contributions.ofCycle(caller, cycleId, true),
				new CoverageMeasure(seen, cycleLinks, clock.instant()));
	}
}
