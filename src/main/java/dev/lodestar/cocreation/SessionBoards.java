package dev.lodestar.cocreation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dev.lodestar.cocreation.SupportableObjective.SupportableKeyResult;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.people.TeamPlace;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.PageQuery;

/**
 * Reads a session's board for one reader, in a constant number of queries however many items, people and teams.
 * The one privacy rule of the meeting lives here: where the dots went is hidden, from facilitators too, until they
 * are revealed; each reader sees only their own. What neighbours and parent teams have is read with the reader's
 * permissions, so a private objective never shows.
 */
@Component
class SessionBoards {

	private static final int LEVELS_UP = 2;

	private final SessionRepository sessions;

	private final ItemRepository items;

	private final ObjectiveManagement objectives;

	private final ObjectiveSummaries summaries;

	private final KeyResultManagement keyResults;

	private final ItemHints hints;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final CycleManagement cycles;

	SessionBoards(SessionRepository sessions, ItemRepository items, ObjectiveManagement objectives,
			ObjectiveSummaries summaries, KeyResultManagement keyResults, ItemHints hints, TeamManagement teams,
			PeopleManagement people, CycleManagement cycles) {
		this.sessions = sessions;
		this.items = items;
		this.objectives = objectives;
		this.summaries = summaries;
		this.keyResults = keyResults;
		this.hints = hints;
		this.teams = teams;
		this.people = people;
		this.cycles = cycles;
	}

	CoCreationBoard of(Caller caller, CoCreationSession session, Team team, boolean facilitator, boolean participant,
			AdoptionRules rules) {
		long me = caller.personId();
		List<SessionItem> all = items.ofSession(session.id());
		List<ItemComment> comments = items.comments(session.id());
		List<ItemRepository.Mark> plusOnes = items.plusOnes(session.id());
		List<ItemRepository.Mark> votes = items.votes(session.id());
		List<SessionRepository.Participant> participants = sessions.participants(session.id());

		Map<Long, TeamPlace> above = placesAbove(team);
		Set<Long> neighbourIds = neighbourTeamsOf(team, participants);
		Map<Long, String> teamNames = new HashMap<>(teams.namesOf(Stream.concat(neighbourIds.stream(),
				all.stream().map(SessionItem::askedTeamId).filter(Objects::nonNull)).collect(Collectors.toSet())));
		above.values().forEach(place -> teamNames.put(place.id(), place.name()));

		Set<Long> personIds = new HashSet<>();
		all.forEach(item -> {
			personIds.add(item.proposedBy());
			if (item.decidedBy() != null) {
				personIds.add(item.decidedBy());
			}
		});
		comments.forEach(comment -> personIds.add(comment.authorId()));
		participants.forEach(taking -> personIds.add(taking.personId()));
		Map<Long, String> names = people.namesOf(personIds);

		Map<Long, String> alignTitles = alignTitles(caller, all);
		Map<Long, List<ItemComment>> commentsByItem = comments.stream()
			.map(comment -> comment.by(names.getOrDefault(comment.authorId(), "")))
			.collect(Collectors.groupingBy(ItemComment::itemId));
		Map<Long, Integer> plusOneCounts = counts(plusOnes);
		Set<Long> mine = plusOnes.stream().filter(mark -> mark.personId() == me).map(ItemRepository.Mark::itemId).collect(Collectors.toSet());
		Map<Long, Integer> dots = counts(votes);
		Map<Long, Integer> myDots = votes.stream().filter(mark -> mark.personId() == me)
			.collect(Collectors.toMap(ItemRepository.Mark::itemId, ItemRepository.Mark::count));
		boolean revealed = session.state().showsVotes();
		Cycle cycle = cycles.find(session.cycleId()).orElseThrow();

		Map<Long, Blocker> blockers = rules.blockersOf(all);
		Map<Long, List<SessionItem>> childrenOf = all.stream().filter(item -> item.parentItemId() != null)
			.collect(Collectors.groupingBy(SessionItem::parentItemId, LinkedHashMap::new, Collectors.toList()));
		Function<SessionItem, BoardItem> board = new Function<>() {
			@Override
			public BoardItem apply(SessionItem item) {
				return new BoardItem(item, names.getOrDefault(item.proposedBy(), ""), plusOneCounts.getOrDefault(item.id(), 0),
						mine.contains(item.id()), revealed ? dots.getOrDefault(item.id(), 0) : null,
						myDots.getOrDefault(item.id(), 0), hints.of(item.kind(), item.text()),
						session.state().running() ? blockers.get(item.id()) : null,
						alignTitles.get(item.id()), item.askedTeamId() == null ? null : teamNames.get(item.askedTeamId()),
						commentsByItem.getOrDefault(item.id(), List.of()),
						childrenOf.getOrDefault(item.id(), List.of()).stream().map(this).toList());
			}
		};
		Comparator<BoardItem> order = revealed
				? Comparator.comparing((BoardItem item) -> -item.votes()).thenComparing(item -> item.item().id())
				: Comparator.comparing(item -> item.item().id());
		List<BoardItem> boardObjectives = all.stream().filter(item -> item.kind() == ItemKind.OBJECTIVE).map(board)
			.sorted(order).toList();

		int myCast = myDots.values().stream().mapToInt(Integer::intValue).sum();
		int adopted = (int) all.stream().filter(item -> item.kind() == ItemKind.OBJECTIVE && item.state() == ItemState.ADOPTED).count();
		return new CoCreationBoard(session, team.name(), cycle.name(), facilitator, participant,
				participant && session.state().takesVotes() ? Math.max(0, session.votesPerParticipant() - myCast) : 0,
				dots.values().stream().mapToInt(Integer::intValue).sum(), rules.maxObjectives(), rules.maxKeyResults(),
				rules.existingObjectives(), adopted, participantsOf(participants, names),
				supportable(caller, session, above, teamNames), neighbourTeams(neighbourIds, above, teamNames),
				neighbours(caller, session, neighbourIds, teamNames),
				boardObjectives, decisions(all, names));
	}

	/** People of the parent team and the sibling teams, other than the team's own: at most 200. */
	List<Invitee> inviteesFor(Team team) {
		Set<Long> own = new HashSet<>(team.leadIds());
		own.addAll(team.memberIds());
		List<Team> around = new ArrayList<>();
		if (team.parentId() != null) {
			around.addAll(teams.findAll(List.of(team.parentId())));
			around.addAll(teams.search(null, team.parentId(), new PageQuery(0, PageQuery.MAX_SIZE)).items());
		}
		Map<Long, Team> firstTeamOf = new LinkedHashMap<>();
		around.stream().filter(other -> other.id() != team.id()).forEach(other -> Stream
			.concat(other.leadIds().stream(), other.memberIds().stream())
			.filter(person -> !own.contains(person))
			.forEach(person -> firstTeamOf.putIfAbsent(person, other)));
		Map<Long, String> names = people.namesOf(firstTeamOf.keySet());
		return firstTeamOf.entrySet().stream()
			.limit(PageQuery.MAX_SIZE)
			.map(entry -> new Invitee(entry.getKey(), names.getOrDefault(entry.getKey(), ""), entry.getValue().id(),
					entry.getValue().name()))
			.sorted(Comparator.comparing(Invitee::teamName).thenComparing(Invitee::name))
			.toList();
	}

	/** The team's parent and grandparent, as the alignment map's neighbourhood looks up. */
	private Map<Long, TeamPlace> placesAbove(Team team) {
		Map<Long, TeamPlace> places = teams.ancestry(List.of(team.id())).stream()
			.collect(Collectors.toMap(TeamPlace::id, Function.identity()));
		Map<Long, TeamPlace> above = new LinkedHashMap<>();
		Long next = team.parentId();
		for (int level = 0; level < LEVELS_UP && next != null && places.containsKey(next); level++) {
			TeamPlace place = places.get(next);
			above.put(place.id(), place);
			next = place.parentId();
		}
		return above;
	}

	/** The sibling teams and the home teams of people invited from elsewhere. */
	private Set<Long> neighbourTeamsOf(Team team, List<SessionRepository.Participant> participants) {
		Set<Long> neighbours = new LinkedHashSet<>();
		if (team.parentId() != null) {
			teams.search(null, team.parentId(), new PageQuery(0, PageQuery.MAX_SIZE)).items()
				.forEach(sibling -> neighbours.add(sibling.id()));
		}
		List<Long> invited = participants.stream().filter(SessionRepository.Participant::invited)
			.map(SessionRepository.Participant::personId).toList();
		if (!invited.isEmpty()) {
			neighbours.addAll(teams.homeTeamsOf(invited).values());
		}
		neighbours.remove(team.id());
		neighbours.remove(team.parentId());
		return neighbours;
	}

	private List<SupportableObjective> supportable(Caller caller, CoCreationSession session, Map<Long, TeamPlace> above,
			Map<Long, String> teamNames) {
		return objectives.ownedByAny(caller, session.cycleId(), List.of(), above.keySet()).stream()
			.map(view -> new SupportableObjective(view.objective().id(), view.objective().title(),
					view.objective().owner().teamId(), teamNames.getOrDefault(view.objective().owner().teamId(), ""),
					view.keyResults().stream()
						.map(keyResult -> new SupportableKeyResult(keyResult.keyResult().id(), keyResult.keyResult().title()))
						.toList()))
			.toList();
	}

	private static List<NeighbourTeam> neighbourTeams(Set<Long> neighbourIds, Map<Long, TeamPlace> above,
			Map<Long, String> teamNames) {
		return Stream.concat(above.keySet().stream(), neighbourIds.stream())
			.distinct()
			.map(id -> new NeighbourTeam(id, teamNames.getOrDefault(id, "")))
			.sorted(Comparator.comparing(NeighbourTeam::name))
			.toList();
	}

	private List<NeighbourDraft> neighbours(Caller caller, CoCreationSession session, Set<Long> neighbourIds,
			Map<Long, String> teamNames) {
		List<NeighbourDraft> drafted = new ArrayList<>();
		summaries.ofTeams(caller, session.cycleId(), neighbourIds).stream()
			.filter(ObjectiveSummary::visible)
			.forEach(summary -> drafted.add(new NeighbourDraft(summary.owner().teamId(),
					teamNames.getOrDefault(summary.owner().teamId(), ""), summary.title(), summary.draft(), null)));
		items.draftedBy(neighbourIds, session.cycleId())
			.forEach(item -> drafted.add(new NeighbourDraft(item.teamId(), teamNames.getOrDefault(item.teamId(), ""),
					item.text(), true, item.sessionId())));
		drafted.sort(Comparator.comparing(NeighbourDraft::teamName).thenComparing(NeighbourDraft::inSession));
		return drafted;
	}

	/** The titles of what links would support, as far as the reader may see them: two queries. */
	private Map<Long, String> alignTitles(Caller caller, List<SessionItem> all) {
		List<SessionItem> links = all.stream().filter(item -> item.kind() == ItemKind.LINK).toList();
		if (links.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> objectiveTitles = summaries.of(caller, links.stream().map(SessionItem::alignObjectiveId)
			.filter(Objects::nonNull).toList()).stream()
			.filter(ObjectiveSummary::visible)
			.collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::title));
		Map<Long, KeyResult> keyResultsNamed = keyResults.visibleAmong(caller, links.stream()
			.map(SessionItem::alignKeyResultId).filter(Objects::nonNull).toList());
		Map<Long, String> titles = new HashMap<>();
		links.forEach(link -> {
			String title = link.alignObjectiveId() != null ? objectiveTitles.get(link.alignObjectiveId())
					: link.alignKeyResultId() != null && keyResultsNamed.containsKey(link.alignKeyResultId())
							? keyResultsNamed.get(link.alignKeyResultId()).title() : null;
			if (title != null) {
				titles.put(link.id(), title);
			}
		});
		return titles;
	}

	private static List<BoardParticipant> participantsOf(List<SessionRepository.Participant> participants,
			Map<Long, String> names) {
		return participants.stream()
			.map(participant -> new BoardParticipant(participant.personId(), names.getOrDefault(participant.personId(), ""),
					participant.invited(), participant.joinedAt() != null))
			.toList();
	}

	private static List<DecisionLine> decisions(List<SessionItem> all, Map<Long, String> names) {
		return all.stream()
			.filter(item -> item.decidedAt() != null)
			.sorted(Comparator.comparing(SessionItem::decidedAt).thenComparing(SessionItem::id))
			.map(item -> new DecisionLine(item.id(), item.kind(), item.text(), item.state(), item.reason(),
					names.getOrDefault(item.decidedBy(), ""), item.decidedAt()))
			.toList();
	}

	private static Map<Long, Integer> counts(List<ItemRepository.Mark> marks) {
		return marks.stream().collect(Collectors.groupingBy(ItemRepository.Mark::itemId,
				Collectors.summingInt(ItemRepository.Mark::count)));
	}
}
