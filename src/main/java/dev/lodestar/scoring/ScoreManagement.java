package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.PlacedKeyResult;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Self-scores of key results and the objective scores they make. Whoever may check in on a key result scores it,
 * while its cycle is open; everyone who may see the key result sees its score.
 */
@Service
public class ScoreManagement {

	private final ScoreRepository scores;

	private final KeyResultManagement keyResults;

	private final ObjectiveManagement objectives;

	private final CycleManagement cycles;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final FinalScoreCallRepository finalScoreCalls;

	private final Clock clock;

	private final ScoreViews views;

	ScoreManagement(ScoreRepository scores, FinalScoreCallRepository finalScoreCalls, KeyResultManagement keyResults, ObjectiveManagement objectives,
			CycleManagement cycles, InputValidator validator, ApplicationEventPublisher events, Clock clock, ScoreViews views) {
		this.views = views;
		this.scores = scores;
		this.finalScoreCalls = finalScoreCalls;
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.cycles = cycles;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Scores a key result, replacing the score of {@code command.version()}; final once owners were asked for final
	 * scores in the cycle, or in its last week, else a forecast.
	 */
	@Transactional
	public Score record(Caller actor, long keyResultId, NewScore command) {
		validator.check(command, ScoreValues.violation("score", command == null ? null : command.score()).stream().toList());
		PlacedKeyResult placed = keyResults.findPlaced(actor, keyResultId)
			.orElseThrow(() -> new NotFoundException("key-result", keyResultId));
		if (!placed.view().mayBeCheckedInBy(actor, placed.objectiveOwner())) {
			throw new ForbiddenException("problem.forbidden.score");
		}
		Cycle cycle = requireOpen(placed.cycleId());
		int current = scores.latestVersion(keyResultId);
		if (command.version() != current) {
			throw new StaleVersionException("score", keyResultId);
		}
		Instant now = clock.instant();
		ScoreKind kind = finalScoreCalls.exists(cycle.id()) ? ScoreKind.FINAL : ScoreKind.on(LocalDate.now(clock), cycle.endsOn());
		String reason = command.reason().strip();
		BigDecimal weight = command.weight() == null ? BigDecimal.ONE : command.weight();
		long id;
		try {
			id = scores.insert(keyResultId, current + 1, command.score(), weight, reason, kind, actor.personId(), now);
		}
		catch (DuplicateKeyException concurrentScore) {
			throw new StaleVersionException("score", keyResultId);
		}
		events.publishEvent(new ScoreRecorded(id, keyResultId, placed.view().keyResult().objectiveId(), cycle.id(),
				actor.personId(), kind == ScoreKind.FINAL, now));
		return new Score(id, keyResultId, current + 1, command.score(), weight, reason, kind, actor.personId(), now);
	}

	/**
	 * The objective's score and its key results' current scores, for whoever may see the objective. Showing another
	 * person's scores is logged for them (see {@link ScoreViews}), so this read writes.
	 */
	@Transactional
	public ObjectiveScore ofObjective(Caller caller, long objectiveId) {
		ObjectiveView objective = objectives.find(caller, objectiveId)
			.orElseThrow(() -> new NotFoundException("objective", objectiveId));
		views.shown(caller, List.of(objective.objective().owner()));
		return ObjectiveScore.of(objective, scores.latestOf(keyResultIdsOf(List.of(objective))));
	}

	/**
	 * The scores of objectives the caller has already been shown (so may see), in their order: one query, however
	 * many objectives.
	 */
	@Transactional(readOnly = true)
	public List<ObjectiveScore> of(List<ObjectiveView> shown) {
		Map<Long, Score> current = scores.latestOf(keyResultIdsOf(shown));
		return shown.stream().map(objective -> ObjectiveScore.of(objective, current)).toList();
	}

	/**
	 * The key result's current score, or null before the first, as the score form shows it to whoever may score
	 * it. An admin (or the key result's owner) scoring in another person's objective sees that person's score, so
	 * it is logged like any other view.
	 */
	@Transactional
	public Score current(Caller caller, long keyResultId) {
		var owners = keyResults.ownersOf(caller, keyResultId)
			.orElseThrow(() -> new NotFoundException("key-result", keyResultId));
		views.shown(caller, owners);
		return scores.latestOf(List.of(keyResultId)).get(keyResultId);
	}

	/**
	 * A key result's scores, newest first: how its forecast moved. Logged for the objective's owner and the key
	 * result's owner when they are other people (a key result of a team objective is still someone's).
	 */
	@Transactional
	public List<Score> history(Caller caller, long keyResultId) {
		var owners = keyResults.ownersOf(caller, keyResultId)
			.orElseThrow(() -> new NotFoundException("key-result", keyResultId));
		views.shown(caller, owners);
		return scores.historyOf(keyResultId);
	}

	private Cycle requireOpen(long cycleId) {
		Cycle cycle = cycles.find(cycleId).orElseThrow();
		if (!cycle.state().isOpen()) {
			throw new RuleViolationException("cycle-closed", "problem.cycle-closed.detail", cycle.name());
		}
		return cycle;
	}

	private static List<Long> keyResultIdsOf(Collection<ObjectiveView> shown) {
		return shown.stream()
			.flatMap(objective -> objective.keyResults().stream())
			.map(keyResult -> keyResult.keyResult().id())
			.collect(Collectors.toList());
	}
}
