package dev.lodestar.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.KeyResultView;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;

/**
 * Closing a cycle: whoever may close it (an admin or a lead of a top-level team) asks owners for final scores,
 * sees which key results still lack one, and closes the cycle, with or without them. Every read here takes a
 * constant number of queries, however large the cycle.
 */
@Service
public class ClosingManagement {

	private final FinalScoreCallRepository calls;

	private final ScoreRepository scores;

	private final CycleManagement cycles;

	private final ObjectiveManagement objectives;

	private final KeyResultManagement keyResults;

	private final PeopleManagement people;

	private final ScoreViews scoreViews;

	private final Clock clock;

	ClosingManagement(FinalScoreCallRepository calls, ScoreRepository scores, CycleManagement cycles,
			ObjectiveManagement objectives, KeyResultManagement keyResults, PeopleManagement people,
			ScoreViews scoreViews, Clock clock) {
		this.calls = calls;
		this.scores = scores;
		this.cycles = cycles;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.people = people;
		this.scoreViews = scoreViews;
		this.clock = clock;
	}

	/** Asks the cycle's owners for final scores: new scores in it are final from now on. Asking again is harmless. */
	@Transactional
	public FinalScoreCall askForFinalScores(Caller actor, long cycleId) {
		Cycle cycle = closable(actor, cycleId);
		if (!cycle.state().isOpen()) {
			throw new RuleViolationException("cycle-closed", "problem.cycle-closed.detail", cycle.name());
		}
		calls.insertIfAbsent(cycleId, actor.personId(), clock.instant());
		return calls.of(cycleId).orElseThrow();
	}

	/**
	 * The cycle's key results without a final score, by owner, as far as the caller may see them. Their forecasts
	 * are other people's scores, so showing them is logged for those people (see {@link ScoreViews}).
	 */
	@Transactional
	public CloseOut closeOut(Caller caller, long cycleId) {
		Cycle cycle = closable(caller, cycleId);
		List<ObjectiveView> shown = objectives.overview(caller, cycleId, null).objectives().stream()
			.filter(objective -> !objective.objective().draft())
			.toList();
		List<KeyResultView> all = shown.stream()
			.flatMap(objective -> objective.keyResults().stream())
			.filter(keyResult -> !keyResult.keyResult().draft())
			.toList();
		Map<Long, Score> current = scores.latestOf(all.stream().map(keyResult -> keyResult.keyResult().id()).toList());
		Map<Long, String> titles = new LinkedHashMap<>();
		shown.forEach(objective -> titles.put(objective.objective().id(), objective.objective().title()));
		Map<Long, List<UnscoredKeyResult>> byOwner = new LinkedHashMap<>();
		for (KeyResultView view : all) {
			KeyResult keyResult = view.keyResult();
			Score score = current.get(keyResult.id());
			if (score == null || score.kind() != ScoreKind.FINAL) {
				byOwner.computeIfAbsent(keyResult.ownerPersonId(), owner -> new ArrayList<>())
					.add(new UnscoredKeyResult(keyResult.id(), keyResult.title(), keyResult.objectiveId(),
							titles.get(keyResult.objectiveId()), score));
			}
		}
		scoreViews.shown(caller, byOwner.keySet().stream().map(Owner::person).toList());
		Map<Long, String> names = people.namesOf(byOwner.keySet());
		List<OwnerToScore> owners = byOwner.entrySet().stream()
			.map(entry -> new OwnerToScore(entry.getKey(), names.getOrDefault(entry.getKey(), ""), entry.getValue()))
			.sorted(Comparator.comparing(OwnerToScore::name).thenComparing(OwnerToScore::personId))
			.toList();
		return new CloseOut(cycle, calls.of(cycleId).orElse(null), all.size(), owners);
	}

	/**
	 * The caller's own key results still without a final score, in open cycles whose owners were asked for them:
	 * what their home page reminds them of. A constant number of queries.
	 */
	@Transactional(readOnly = true)
	public List<UnscoredKeyResult> awaitedFrom(Caller caller) {
		Set<Long> asked = new HashSet<>(calls.cycleIds());
		Set<Long> open = asked.isEmpty() ? Set.of() : cycles.openAmong(asked);
		List<KeyResult> mine = keyResults.ownedBy(caller, caller.personId(), open);
		Map<Long, Score> current = scores.latestOf(mine.stream().map(KeyResult::id).toList());
		return mine.stream()
			.filter(keyResult -> current.get(keyResult.id()) == null || current.get(keyResult.id()).kind() != ScoreKind.FINAL)
			.map(keyResult -> new UnscoredKeyResult(keyResult.id(), keyResult.title(), keyResult.objectiveId(), null,
					current.get(keyResult.id())))
			.toList();
	}

	/** Closes the cycle, whether or not every key result has its final score: the close-out page shows how many lack one. */
	@Transactional
	public Cycle close(Caller actor, long cycleId, int version) {
		return cycles.close(actor, cycleId, version);
	}

	/**
	 * The cycle running now, if the caller may close it and it is still open: where their home page leads them to
	 * close out. Two queries at most.
	 */
	@Transactional(readOnly = true)
	public Optional<Cycle> closableNow(Caller caller) {
		if (!cycles.mayClose(caller)) {
			return Optional.empty();
		}
		return cycles.chooseOrCurrent(null).filter(cycle -> cycle.state().isOpen());
	}

	/** Whether the caller may close cycles, for pages that offer it. */
	@Transactional(readOnly = true)
	public boolean mayClose(Caller caller) {
		return cycles.mayClose(caller);
	}

	private Cycle closable(Caller caller, long cycleId) {
		if (!cycles.mayClose(caller)) {
			throw new ForbiddenException("closing.forbidden");
		}
		return cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
	}
}
