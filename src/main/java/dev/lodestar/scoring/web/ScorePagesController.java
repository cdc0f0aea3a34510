package dev.lodestar.scoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.KeyResultScore;
import dev.lodestar.scoring.Score;
import dev.lodestar.scoring.ScoreManagement;

/**
 * Scores on an objective's page, composed in by htmx so that the objectives module never knows scores. A recorded
 * score answers with {@code HX-Trigger: scored-<id>, scored}, and the section fetches itself again.
 */
@Controller
class ScorePagesController {

	private final ScoreManagement scores;

	private final KeyResultManagement keyResults;

	private final CycleManagement cycles;

	private final PeopleManagement people;

	private final IdempotentRequests idempotent;

	ScorePagesController(ScoreManagement scores, KeyResultManagement keyResults, CycleManagement cycles,
			PeopleManagement people, IdempotentRequests idempotent) {
		this.scores = scores;
		this.keyResults = keyResults;
		this.cycles = cycles;
		this.people = people;
		this.idempotent = idempotent;
	}

	@GetMapping("/objectives/{id}/scores")
	String showScores(Shell shell, @PathVariable long id, Model model) {
		var objectiveScore = scores.ofObjective(shell.caller(), id);
		var objective = objectiveScore.objective().objective();
		boolean open = !cycles.openAmong(List.of(objective.cycleId())).isEmpty();
		Set<Long> scorable = open ? objectiveScore.keyResults()
			.stream()
			.filter(keyResult -> keyResult.keyResult().mayBeCheckedInBy(shell.caller(), objective.owner()))
			.map(keyResult -> keyResult.keyResult().keyResult().id())
			.collect(Collectors.toSet()) : Set.of();
		var authorIds = objectiveScore.keyResults()
			.stream()
			.filter(KeyResultScore::scored)
			.map(keyResult -> keyResult.score().authorId())
			.collect(Collectors.toSet());
		model.addAttribute("page", new ScoresSection(shell, objectiveScore, scorable, people.namesOf(authorIds), open));
		return "scoring/objective-scores";
	}

	@GetMapping("/key-results/{id}/score-form")
	String showScoreForm(Shell shell, @PathVariable long id, Model model) {
		KeyResult keyResult = keyResults.forCheckIn(shell.caller(), id);
		Score current = scores.current(shell.caller(), id);
		var form = current == null ? new ScoreForm("", "", "1", "0", UUID.randomUUID().toString())
				: new ScoreForm(current.value().toPlainString(), "", current.weight().toPlainString(),
						String.valueOf(current.version()), UUID.randomUUID().toString());
		model.addAttribute("page", new ScoreFormFragment(shell, keyResult, form, FormErrors.none()));
		return "scoring/score-form";
	}

	@PostMapping("/key-results/{id}/score")
	String recordScore(Shell shell, @PathVariable long id, @ModelAttribute ScoreForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		KeyResult keyResult = keyResults.visible(shell.caller(), id).orElseThrow(() -> new NotFoundException("key-result", id));
		try {
			rejectNonNumbers(form);
			var command = form.toCommand();
			idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command, Score.class,
					() -> scores.record(shell.caller(), id, command));
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new ScoreFormFragment(shell, keyResult, form, FormErrors.of(refused, shell.t())));
			return "scoring/score-form";
		}
		response.setStatus(HttpStatus.NO_CONTENT.value());
		response.setHeader("HX-Trigger", "scored-" + id + ", scored");
		return null;
	}

	@GetMapping("/key-results/{id}/scores")
	String showScoreHistory(Shell shell, @PathVariable long id, Model model) {
		List<Score> history = scores.history(shell.caller(), id);
		var authors = people.namesOf(history.stream().map(Score::authorId).collect(Collectors.toSet()));
		model.addAttribute("page", new ScoreHistoryFragment(shell, id, history, authors));
		return "scoring/score-history";
	}

	/** "abc" in a number field is a refusal of its own, not a missing value. */
	private static void rejectNonNumbers(ScoreForm form) {
		List<FieldViolation> violations = new ArrayList<>();
		if (form.scoreIsNotANumber()) {
			violations.add(new FieldViolation("score", "validation.must-be-number"));
		}
		if (form.weightIsNotANumber()) {
			violations.add(new FieldViolation("weight", "validation.must-be-number"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
