package dev.lodestar.alignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.lodestar.objectives.ObjectiveSummary;

/**
 * The arithmetic of coverage, without the database: given what the reader may see of a cycle's objectives and the
 * links touching them, it measures any set of those objectives, and the open requests of the cycle.
 */
final class CoverageMeasure {

	/** A request waits too long once it has waited more than this on the team with the turn. */
	static final Duration LONG_WAIT = Duration.ofDays(7);

	private final Set<Long> alignedUpward = new HashSet<>();

	private final Set<Long> supported = new HashSet<>();

	private final Instant now;

	/**
	 * @param seen the objectives of the cycle and those at the other end of its links; hidden ones are left out, and
	 *     so is any link to or from them, so that a private objective shows nowhere in coverage
	 * @param links every link from or to an objective of the cycle
	 */
	CoverageMeasure(Collection<ObjectiveSummary> seen, Collection<AlignmentLink> links, Instant now) {
		Set<Long> visible = new HashSet<>();
		seen.stream().filter(ObjectiveSummary::visible).forEach(objective -> visible.add(objective.id()));
		for (AlignmentLink link : links) {
			if (visible.contains(link.childObjectiveId()) && visible.contains(link.parentObjectiveId())) {
				alignedUpward.add(link.childObjectiveId());
				supported.add(link.parentObjectiveId());
			}
		}
		this.now = now;
	}

	/** The coverage of these objectives (hidden ones are skipped) and of the requests that wait too long among these. */
	Coverage of(Collection<ObjectiveSummary> objectives, Collection<ContributionRequest> requests) {
		int count = 0;
		int aligned = 0;
		List<ObjectiveSummary> unsupported = new ArrayList<>();
		List<ObjectiveSummary> supportingNothing = new ArrayList<>();
		for (ObjectiveSummary objective : objectives) {
			if (!objective.visible()) {
				continue;
			}
			count++;
			if (alignedUpward.contains(objective.id())) {
				aligned++;
			}
			else {
				supportingNothing.add(objective);
			}
			if (!supported.contains(objective.id())) {
				unsupported.add(objective);
			}
		}
		return new Coverage(count, aligned, share(aligned, count), unsupported, supportingNothing, waiting(requests));
	}

	/**
	 * A line for every team that owns one of these objectives or asks or is asked one of the requests that wait too
	 * long, by team id. Objectives of people count for the organisation only.
	 */
	List<TeamCoverage> perTeam(Collection<ObjectiveSummary> objectives, Collection<ContributionRequest> requests) {
		Map<Long, List<ObjectiveSummary>> owned = new LinkedHashMap<>();
		Map<Long, List<ContributionRequest>> involved = new LinkedHashMap<>();
		Set<Long> teams = new TreeSet<>();
		for (ObjectiveSummary objective : objectives) {
			if (objective.visible() && objective.owner().isTeam()) {
				owned.computeIfAbsent(objective.owner().teamId(), team -> new ArrayList<>()).add(objective);
				teams.add(objective.owner().teamId());
			}
		}
		for (WaitingRequest waiting : waiting(requests)) {
			ContributionRequest request = waiting.request();
			involved.computeIfAbsent(request.askingTeamId(), team -> new ArrayList<>()).add(request);
			involved.computeIfAbsent(request.askedTeamId(), team -> new ArrayList<>()).add(request);
			teams.add(request.askingTeamId());
			teams.add(request.askedTeamId());
		}
		return teams.stream()
			.map(team -> new TeamCoverage(team,
					of(owned.getOrDefault(team, List.of()), involved.getOrDefault(team, List.of()))))
			.toList();
	}

	/** The open requests among these that the team with the turn has left waiting more than seven days, oldest first. */
	List<WaitingRequest> waiting(Collection<ContributionRequest> requests) {
		Instant limit = now.minus(LONG_WAIT);
		return requests.stream()
			.filter(request -> request.state().isOpen() && request.waitingSince().isBefore(limit))
			.sorted(Comparator.comparing(ContributionRequest::waitingSince).thenComparingLong(ContributionRequest::id))
			.map(request -> new WaitingRequest(request, Duration.between(request.waitingSince(), now).toDays()))
			.toList();
	}

	/** Requests the team asks or is asked. */
	static List<ContributionRequest> ofTeam(Collection<ContributionRequest> requests, long teamId) {
		return requests.stream()
			.filter(request -> request.askingTeamId() == teamId || request.askedTeamId() == teamId)
			.toList();
	}

	/** Objectives the team itself owns (not its people's, not its sub-teams'). */
	static List<ObjectiveSummary> ownedBy(Collection<ObjectiveSummary> objectives, long teamId) {
		return objectives.stream().filter(objective -> Objects.equals(objective.owner().teamId(), teamId)).toList();
	}

	/** A percentage with one decimal; none of nothing, rather than a division by zero. */
	static BigDecimal share(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
