package dev.lodestar.showcase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.objectives.NewObjective;
import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/**
 * The showcase: good practice made visible by the OKR coaches, the organisation's alliance of believers. Anyone
 * nominates a public objective with a note on why it is good; a coach's addition is accepted at once, anyone else's
 * waits for a coach to accept or decline it. Anyone browses the accepted examples and starts their own draft from one,
 * the credit kept. The objectives are read through {@link ObjectiveFacts} and copied through the objectives' own entry
 * points, so the caps and the wording rules hold for a copy as for any draft.
 */
@Service
public class ShowcaseManagement {

	private final ShowcaseRepository entries;

	private final ObjectiveFacts facts;

	private final ObjectiveManagement objectives;

	private final KeyResultManagement keyResults;

	private final CycleManagement cycles;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final InputValidator validator;

	private final Clock clock;

	ShowcaseManagement(ShowcaseRepository entries, ObjectiveFacts facts, ObjectiveManagement objectives,
			KeyResultManagement keyResults, CycleManagement cycles, PeopleManagement people, TeamManagement teams,
			InputValidator validator, Clock clock) {
		this.entries = entries;
		this.facts = facts;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.cycles = cycles;
		this.people = people;
		this.teams = teams;
		this.validator = validator;
		this.clock = clock;
	}

	/** Nominates a public objective; a coach's nomination is the decision too. */
	@Transactional
	public ShowcaseExample nominate(Caller caller, NewNomination command) {
		validator.check(command);
		long objectiveId = command.objectiveId();
		List<ObjectiveFacts.Example> shown = facts.publicAmong(List.of(objectiveId));
		if (shown.isEmpty()) {
			if (facts.placesOf(List.of(objectiveId)).isEmpty()) {
				throw InvalidInputException.of("objectiveId", "validation.unknown-objective", objectiveId);
			}
			throw RuleViolationException.onField("objectiveId", "showcase-private-objective",
					"showcase.private-objective");
		}
		// a draft is not yet an example of anything, and a copy's example is in the showcase already
		if (shown.get(0).draft()) {
			throw RuleViolationException.onField("objectiveId", "showcase-draft", "showcase.draft-objective");
		}
		if (entries.sourceOf(objectiveId).isPresent()) {
			throw RuleViolationException.onField("objectiveId", "showcase-copy", "showcase.copied-objective");
		}
		if (entries.ofObjective(objectiveId).isPresent()) {
			throw alreadyNominated();
		}
		Instant now = clock.instant();
		long id;
		try {
			id = entries.insert(objectiveId, command.theme().strip(), command.note().strip(), caller.personId(), now,
					caller.coach() ? ShowcaseState.ACCEPTED : ShowcaseState.NOMINATED,
					caller.coach() ? caller.personId() : null);
		}
		catch (DuplicateKeyException concurrentTwin) {
			throw alreadyNominated();
		}
		return example(entries.find(id).orElseThrow());
	}

	@Transactional
	public ShowcaseExample accept(Caller caller, long id, ShowcaseDecision command) {
		return decide(caller, id, command, ShowcaseState.ACCEPTED);
	}

	@Transactional
	public ShowcaseExample decline(Caller caller, long id, ShowcaseDecision command) {
		return decide(caller, id, command, ShowcaseState.DECLINED);
	}

	private ShowcaseExample decide(Caller caller, long id, ShowcaseDecision command, ShowcaseState state) {
		caller.requireCoach();
		validator.check(command);
		ShowcaseEntry entry = entries.find(id).orElseThrow(() -> new NotFoundException("showcase-entry", id));
		if (entry.state() != ShowcaseState.NOMINATED) {
			throw new RuleViolationException("showcase-decided", "showcase.decided");
		}
		String reason = state == ShowcaseState.DECLINED && command.reason() != null && !command.reason().isBlank()
				? command.reason().strip() : null;
		if (!entries.decide(id, command.version(), state, caller.personId(), reason, clock.instant())) {
			throw new StaleVersionException("showcase-entry", id);
		}
		return example(entries.find(id).orElseThrow());
	}

	/** One page of the accepted examples that pass the filter, the latest first: a constant number of queries. */
	@Transactional(readOnly = true)
	public Showcase browse(ShowcaseFilter filter, PageQuery page) {
		List<ShowcaseExample> all = examples(entries.inState(ShowcaseState.ACCEPTED));
		List<ShowcaseExample> shown = all.stream().filter(filter::admits).toList();
		int from = (int) Math.min(page.offset(), shown.size());
		int to = Math.min(from + page.size(), shown.size());
		return new Showcase(Page.of(shown.subList(from, to), page, shown.size()),
				themes(all),
				choices(all, ShowcaseExample::cycleId, ShowcaseExample::cycleName),
				choices(all.stream().filter(example -> example.teamId() != null).toList(), ShowcaseExample::teamId,
						ShowcaseExample::teamName));
	}

	/** The nominations waiting for a coach's decision, the oldest first (coaches). */
	@Transactional(readOnly = true)
	public List<ShowcaseExample> nominations(Caller caller) {
		caller.requireCoach();
		List<ShowcaseExample> waiting = new ArrayList<>(examples(entries.inState(ShowcaseState.NOMINATED)));
		Collections.reverse(waiting);
		return waiting;
	}

	/**
	 * How many nominations wait (coaches): as many as {@link #nominations} lists — those whose objective is still
	 * public — counted from their objectives' ids, without reading their words or names. Two queries however many.
	 */
	@Transactional(readOnly = true)
	public int countNominations(Caller caller) {
		caller.requireCoach();
		List<Long> objectiveIds = entries.objectiveIdsInState(ShowcaseState.NOMINATED);
		return objectiveIds.isEmpty() ? 0 : facts.countPublicAmong(objectiveIds);
	}

	/** An entry: an accepted one to anyone, a nomination or a decline to its nominator and the coaches. */
	@Transactional(readOnly = true)
	public ShowcaseExample find(Caller caller, long id) {
		return entries.find(id)
			.filter(entry -> seenBy(caller, entry))
			.map(this::example)
			.orElseThrow(() -> new NotFoundException("showcase-entry", id));
	}

	/**
	 * Whether the objective could be nominated: it is public and no draft (a copy, credited to its example, is not
	 * offered either: see {@link #creditOf}).
	 */
	@Transactional(readOnly = true)
	public boolean isShowable(long objectiveId) {
		return facts.publicAmong(List.of(objectiveId)).stream().anyMatch(example -> !example.draft());
	}

	/**
	 * The objective's entry as the caller may see it: an accepted one to anyone who sees the objective, a nomination
	 * or a decline only to its nominator and the coaches — to anyone else it is as if it had never been nominated.
	 * An objective the caller cannot see is not found.
	 */
	@Transactional(readOnly = true)
	public Optional<ShowcaseEntry> entryOf(Caller caller, long objectiveId) {
		requireVisible(caller, objectiveId);
		return entries.ofObjective(objectiveId).filter(entry -> seenBy(caller, entry));
	}

	/**
	 * Where a draft came from, if it was started from an example: credited to the source objective's owner, person
	 * or team, and linked to it, as far as the caller may see the source. An objective the caller cannot see is not
	 * found.
	 */
	@Transactional(readOnly = true)
	public Optional<ShowcaseCredit> creditOf(Caller caller, long objectiveId) {
		requireVisible(caller, objectiveId);
		return entries.sourceOf(objectiveId).map(source -> objectives.find(caller, source.objectiveId())
			.map(view -> new ShowcaseCredit(source.id(), source.objectiveId(), true, view.objective().title(),
					ownerName(view.objective().owner())))
			.orElseGet(() -> new ShowcaseCredit(source.id(), source.objectiveId(), false, null, null)));
	}

	private void requireVisible(Caller caller, long objectiveId) {
		if (!objectives.isVisible(caller, objectiveId)) {
			throw new NotFoundException("objective", objectiveId);
		}
	}

	private static boolean seenBy(Caller caller, ShowcaseEntry entry) {
		return entry.state() == ShowcaseState.ACCEPTED || caller.coach() || entry.nominatedBy() == caller.personId();
	}

	private String ownerName(Owner owner) {
		return owner.isTeam() ? teams.namesOf(List.of(owner.teamId())).get(owner.teamId())
				: people.namesOf(List.of(owner.personId())).get(owner.personId());
	}

	/**
	 * Starts the caller's own draft from an accepted example, in an open cycle: its title, description and key
	 * results copied, each key result theirs; the example stays credited on the draft.
	 */
	@Transactional
	public CopyStarted copy(Caller caller, long id, NewCopy command) {
		ShowcaseEntry entry = entries.find(id).filter(found -> found.state() == ShowcaseState.ACCEPTED)
			.orElseThrow(() -> new NotFoundException("showcase-entry", id));
		ObjectiveView source = objectives.find(caller, entry.objectiveId())
			.filter(view -> view.objective().visibility() == Visibility.PUBLIC)
			.orElseThrow(() -> new NotFoundException("showcase-entry", id));
		Cycle cycle = openCycle(command == null ? null : command.cycleId());
		long draftId = objectives.createDraft(caller, new NewObjective(cycle.id(), source.objective().title(),
				source.objective().description(), null, caller.personId(), Visibility.PUBLIC, null)).objective().id();
		source.keyResults().forEach(view -> {
			var kr = view.keyResult();
			keyResults.addDraft(caller, draftId,
					new NewKeyResult(kr.title(), kr.kind(), kr.start(), kr.target(), kr.unit(), caller.personId()));
		});
		entries.insertCopy(draftId, id, caller.personId(), clock.instant());
		return new CopyStarted(draftId, id, cycle.id());
	}

	/** The open cycles a draft may be started in, the current one first when it is open. */
	@Transactional(readOnly = true)
	public List<Cycle> openCycles() {
		List<Cycle> open = new ArrayList<>(cycles.list(null, new PageQuery(0, 24)).items().stream()
			.filter(cycle -> cycle.state().isOpen()).toList());
		cycles.chooseOrCurrent(null).filter(current -> current.state().isOpen()).ifPresent(current -> {
			open.removeIf(cycle -> cycle.id() == current.id());
			open.add(0, current);
		});
		return open;
	}

	private Cycle openCycle(Long requested) {
		Optional<Cycle> cycle = cycles.chooseOrCurrent(requested);
		if (requested != null && cycle.isEmpty()) {
			throw InvalidInputException.of("cycleId", "validation.unknown-cycle", requested);
		}
		return cycle.filter(found -> found.state().isOpen())
			.orElseThrow(() -> InvalidInputException.of("cycleId", "showcase.copy.no-open-cycle"));
	}

	private static RuleViolationException alreadyNominated() {
		return RuleViolationException.onField("objectiveId", "showcase-entry-exists", "showcase.entry-exists");
	}

	private ShowcaseExample example(ShowcaseEntry entry) {
		return examples(List.of(entry)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("showcase-entry", entry.id()));
	}

	/**
	 * The entries whose objectives are still public, with the names to show: five queries however many — the
	 * objectives, the owners' home teams, the people's names, the teams' names and the cycles.
	 */
	private List<ShowcaseExample> examples(List<ShowcaseEntry> found) {
		Map<Long, ObjectiveFacts.Example> shown = facts.publicAmong(found.stream().map(ShowcaseEntry::objectiveId).toList())
			.stream()
			.collect(Collectors.toMap(ObjectiveFacts.Example::id, Function.identity()));
		List<ShowcaseEntry> kept = found.stream().filter(entry -> shown.containsKey(entry.objectiveId())).toList();
		Set<Long> ownerPeople = new HashSet<>();
		Set<Long> names = new HashSet<>();
		kept.forEach(entry -> {
			var owner = shown.get(entry.objectiveId()).owner();
			if (!owner.isTeam()) {
				ownerPeople.add(owner.personId());
			}
			names.add(entry.nominatedBy());
			if (entry.decidedBy() != null) {
				names.add(entry.decidedBy());
			}
		});
		names.addAll(ownerPeople);
		Map<Long, Long> homeTeams = ownerPeople.isEmpty() ? Map.of() : teams.homeTeamsOf(ownerPeople);
		Map<Long, String> personNames = names.isEmpty() ? Map.of() : people.namesOf(names);
		Set<Long> teamIds = new HashSet<>(homeTeams.values());
		kept.forEach(entry -> {
			var owner = shown.get(entry.objectiveId()).owner();
			if (owner.isTeam()) {
				teamIds.add(owner.teamId());
			}
		});
		Map<Long, String> teamNames = teamIds.isEmpty() ? Map.of() : teams.namesOf(teamIds);
		Map<Long, String> cycleNames = cyclesOf(kept.stream().map(entry -> shown.get(entry.objectiveId()).cycleId())
			.collect(Collectors.toSet()));
		return kept.stream().map(entry -> {
			var objective = shown.get(entry.objectiveId());
			var owner = objective.owner();
			Long teamId = owner.isTeam() ? owner.teamId() : homeTeams.get(owner.personId());
			String ownerName = owner.isTeam() ? teamNames.get(owner.teamId()) : personNames.get(owner.personId());
			return new ShowcaseExample(entry.id(), objective.id(), objective.title(), objective.description(),
					objective.cycleId(), cycleNames.get(objective.cycleId()), ownerName, teamId,
					teamId == null ? null : teamNames.get(teamId), entry.theme(), entry.note(), entry.nominatedBy(),
					personNames.get(entry.nominatedBy()), entry.state(), entry.decidedBy(),
					entry.decidedBy() == null ? null : personNames.get(entry.decidedBy()), entry.decidedAt(),
					entry.reason(), entry.version());
		}).toList();
	}

	private Map<Long, String> cyclesOf(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: cycles.findAll(ids).stream().collect(Collectors.toMap(Cycle::id, Cycle::name));
	}

	/**
	 * One theme for each spelling that differs only in case, as the filter matches them: the spelling most examples
	 * use, the first in alphabetical order on a tie, so that "Growth" and "growth" are one choice that finds both.
	 */
	static List<String> themes(List<ShowcaseExample> examples) {
		Map<String, Map<String, Long>> spellings = examples.stream()
			.collect(Collectors.groupingBy(example -> example.theme().toLowerCase(Locale.ROOT),
					Collectors.groupingBy(ShowcaseExample::theme, Collectors.counting())));
		return spellings.values().stream()
			.map(counted -> counted.entrySet().stream()
				.min(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.orElseThrow().getKey())
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
	}

	private static List<Showcase.Choice> choices(List<ShowcaseExample> examples, Function<ShowcaseExample, Long> id,
			Function<ShowcaseExample, String> name) {
		Map<Long, String> found = new LinkedHashMap<>();
		examples.forEach(example -> found.putIfAbsent(id.apply(example), name.apply(example)));
		return found.entrySet().stream()
			.map(choice -> new Showcase.Choice(choice.getKey(), choice.getValue() == null ? "" : choice.getValue()))
			.sorted(Comparator.comparing(Showcase.Choice::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}
}
