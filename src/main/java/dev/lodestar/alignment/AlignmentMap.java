package dev.lodestar.alignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.people.TeamPlace;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;

/**
 * The alignment map: a whole cycle, one team's neighbourhood, or what surrounds one objective, each read in a
 * fixed number of queries whatever the size of the organisation. Objectives the reader may not see are in the
 * picture as boxes without words, so that they are counted and never described.
 */
@Service
public class AlignmentMap {

	private final AlignmentLinkRepository links;

	private final ContributionRequestRepository requests;

	private final ObjectiveSummaries summaries;

	private final KeyResultManagement keyResults;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final CycleManagement cycles;

	AlignmentMap(AlignmentLinkRepository links, ContributionRequestRepository requests, ObjectiveSummaries summaries,
			KeyResultManagement keyResults, TeamManagement teams, PeopleManagement people, CycleManagement cycles) {
		this.links = links;
		this.requests = requests;
		this.summaries = summaries;
		this.keyResults = keyResults;
		this.teams = teams;
		this.people = people;
		this.cycles = cycles;
	}

	/** Every team, every objective of the cycle (and those of longer cycles they support), every link and open request. */
	@Transactional(readOnly = true)
	public AlignmentMapData wholeCycle(Caller caller, long cycleId) {
		requireCycle(cycleId);
		Map<Long, ObjectiveSummary> objectives = index(summaries.inCycle(caller, cycleId));
		List<AlignmentLink> cycleLinks = links.ofCycle(cycleId);
		Set<Long> outside = ends(cycleLinks);
		outside.removeAll(objectives.keySet());
		objectives.putAll(index(summaries.of(caller, outside)));
		List<ContributionRequest> open = requests.ofCycle(cycleId, true);
		Map<Long, KeyResult> named = keyResults.visibleAmong(caller, keyResultsNamed(cycleLinks, open));
		List<Requested> requested = requested(open, named);
		return picture(cycleId, teams.places(), objectives, new LinkedHashSet<>(objectives.keySet()), cycleLinks,
				requested, named).draw(null, null);
	}

	/**
	 * A team's objectives in the cycle, what they support up to two levels up, what supports them down to two levels
	 * below, the contributions agreed with other teams and the open requests the team asks or is asked, with the
	 * teams above every owner. Each step up or down is one query of links, so the whole is a fixed number of queries.
	 */
	@Transactional(readOnly = true)
	public AlignmentMapData neighbourhood(Caller caller, long cycleId, long teamId) {
		requireCycle(cycleId);
		if (!teams.exists(teamId)) {
			throw new NotFoundException("team", teamId);
		}
		Map<Long, ObjectiveSummary> objectives = index(summaries.ofTeams(caller, cycleId, List.of(teamId)));
		Set<Long> own = new LinkedHashSet<>(objectives.keySet());
		Map<Long, AlignmentLink> known = new LinkedHashMap<>();
		List<AlignmentLink> first = remember(known, links.touching(own));
		Set<Long> up1 = Hops.up(own, first);
		Set<Long> down1 = Hops.down(own, first);
		Set<Long> side = Hops.sideways(own, first);
		Set<Long> firstStep = union(up1, down1, side);
		firstStep.removeAll(own);
		List<AlignmentLink> second = remember(known, links.touching(firstStep));
		Set<Long> up2 = Hops.up(up1, second);
		Set<Long> down2 = Hops.down(down1, second);
		Set<Long> secondStep = union(up2, down2);
		secondStep.removeAll(own);
		secondStep.removeAll(firstStep);
		// Read once more so that the outermost objectives know their roll-ups and whether there is more to expand.
		remember(known, links.touching(secondStep));
		Set<Long> drawn = union(own, firstStep, secondStep);
		List<ContributionRequest> open = requests.openOf(List.of(teamId)).stream()
			.filter(request -> request.cycleId() == cycleId)
			.toList();
		return drawAround(caller, cycleId, objectives, drawn, known.values(), open, request -> true, teamId, null);
	}

	/** One objective with everything one link away from it, and the open requests that serve or ask it: to expand a map. */
	@Transactional(readOnly = true)
	public AlignmentMapData around(Caller caller, long objectiveId) {
		ObjectiveSummary centre = summaries.of(caller, List.of(objectiveId)).stream()
			.filter(ObjectiveSummary::visible)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("objective", objectiveId));
		Map<Long, ObjectiveSummary> objectives = new LinkedHashMap<>(Map.of(objectiveId, centre));
		Map<Long, AlignmentLink> known = new LinkedHashMap<>();
		List<AlignmentLink> first = remember(known, links.touching(List.of(objectiveId)));
		Set<Long> neighbours = Hops.around(Set.of(objectiveId), first);
		remember(known, links.touching(neighbours));
		List<ContributionRequest> open = centre.owner().isTeam() ? requests.openOf(List.of(centre.owner().teamId())) : List.of();
		Set<Long> drawn = union(Set.of(objectiveId), neighbours);
		return drawAround(caller, centre.cycleId(), objectives, drawn, known.values(), open,
				request -> request.servedObjectiveId() == objectiveId
						|| Long.valueOf(objectiveId).equals(request.intoObjectiveId()),
				null, objectiveId);
	}

	/**
	 * The common end of a neighbourhood and an expansion: the key results named, the objectives served by the open
	 * requests (drawn too when the request touches the centre), the objectives a roll-up needs, the owners and the
	 * teams above them.
	 */
	private AlignmentMapData drawAround(Caller caller, long cycleId, Map<Long, ObjectiveSummary> objectives, Set<Long> drawn,
			Collection<AlignmentLink> known, List<ContributionRequest> open, Predicate<Requested> shown, Long focusTeamId,
			Long aroundObjectiveId) {
		Map<Long, KeyResult> named = keyResults.visibleAmong(caller, keyResultsNamed(known, open));
		List<Requested> requested = requested(open, named).stream().filter(shown).toList();
		requested.forEach(request -> drawn.add(request.servedObjectiveId()));
		Set<Long> wanted = new HashSet<>(drawn);
		known.stream()
			.filter(link -> link.rollUp() && drawn.contains(link.parentObjectiveId()))
			.forEach(link -> wanted.add(link.childObjectiveId()));
		wanted.removeAll(objectives.keySet());
		objectives.putAll(index(summaries.of(caller, wanted)));
		Set<Long> teamIds = new HashSet<>();
		if (focusTeamId != null) {
			teamIds.add(focusTeamId);
		}
		requested.forEach(request -> {
			teamIds.add(request.askedTeamId());
			teamIds.add(request.askingTeamId());
		});
		MapPicture owners = picture(cycleId, List.of(), objectives, drawn, known, requested, named);
		Map<Long, Long> homes = owners.homeTeams();
		teamIds.addAll(homes.values());
		drawn.stream().map(objectives::get).filter(objective -> objective != null && objective.owner().isTeam())
			.forEach(objective -> teamIds.add(objective.owner().teamId()));
		return new MapPicture(cycleId, teams.ancestry(teamIds), owners.personNames(), homes, objectives, drawn, known,
				requested, owners.keyResultTitles()).draw(focusTeamId, aroundObjectiveId);
	}

	/** The people who own drawn objectives, with their names and the team each is shown under. */
	private MapPicture picture(long cycleId, Collection<TeamPlace> teamPlaces, Map<Long, ObjectiveSummary> objectives,
			Set<Long> drawn, Collection<AlignmentLink> known, List<Requested> requested, Map<Long, KeyResult> named) {
		Set<Long> owners = drawn.stream()
			.map(objectives::get)
			.filter(objective -> objective != null && !objective.owner().isTeam())
			.map(objective -> objective.owner().personId())
			.collect(Collectors.toSet());
		Map<Long, String> names = owners.isEmpty() ? Map.of() : people.namesOf(owners);
		Map<Long, Long> homes = owners.isEmpty() ? Map.of() : teams.homeTeamsOf(owners);
		Map<Long, String> titles = named.values().stream().collect(Collectors.toMap(KeyResult::id, KeyResult::title));
		return new MapPicture(cycleId, teamPlaces, names, homes, objectives, drawn, known, requested, titles);
	}

	private void requireCycle(long cycleId) {
		if (cycles.find(cycleId).isEmpty()) {
			throw new NotFoundException("cycle", cycleId);
		}
	}

	/** Open requests whose key result the reader may see, with the objective each serves. */
	private static List<Requested> requested(List<ContributionRequest> open, Map<Long, KeyResult> visible) {
		List<Requested> requested = new ArrayList<>();
		for (ContributionRequest request : open) {
			KeyResult served = visible.get(request.servesKeyResultId());
			if (served != null) {
				requested.add(new Requested(request.id(), request.askingTeamId(), request.askedTeamId(), served.objectiveId(),
						served.id(), request.proposal().objectiveId()));
			}
		}
		return requested;
	}

	private static Set<Long> keyResultsNamed(Collection<AlignmentLink> links, List<ContributionRequest> open) {
		Set<Long> ids = new HashSet<>();
		links.forEach(link -> {
			if (link.parentKeyResultId() != null) {
				ids.add(link.parentKeyResultId());
			}
		});
		open.forEach(request -> ids.add(request.servesKeyResultId()));
		return ids;
	}

	private static List<AlignmentLink> remember(Map<Long, AlignmentLink> known, List<AlignmentLink> found) {
		found.forEach(link -> known.putIfAbsent(link.id(), link));
		return found;
	}

	private static Set<Long> ends(Collection<AlignmentLink> links) {
		Set<Long> ends = new HashSet<>();
		links.forEach(link -> {
			ends.add(link.childObjectiveId());
			ends.add(link.parentObjectiveId());
		});
		return ends;
	}

	@SafeVarargs
	private static Set<Long> union(Set<Long>... sets) {
		Set<Long> all = new LinkedHashSet<>();
		for (Set<Long> set : sets) {
			all.addAll(set);
		}
		return all;
	}

	private static Map<Long, ObjectiveSummary> index(List<ObjectiveSummary> found) {
		return found.stream().collect(Collectors.toMap(ObjectiveSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}
}
