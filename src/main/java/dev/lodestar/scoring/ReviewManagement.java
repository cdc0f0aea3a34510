package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResultView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * A team's weekly review, the meeting mode of the method: the lead opens this week's review, the team walks
 * through its objectives and its people's, teammates give feedback on scores — private to each author until the
 * lead reveals all of it at once — and the lead records decisions and closes it. Every change is signalled on the
 * review's live topic after it commits; the signal says only that something changed.
 */
@Service
public class ReviewManagement {

	/** The event name of every change of a review on its live topic. */
	public static final String CHANGED = "review-changed";

	private static final int LATEST_REVIEWS = 12;

	private final ReviewRepository reviews;

	private final ReviewBoards boards;

	private final ScoreRepository scores;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	private final InputValidator validator;

	private final LiveUpdates live;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ScoreViews views;

	ReviewManagement(ReviewRepository reviews, ReviewBoards boards, ScoreRepository scores, TeamManagement teams,
			CycleManagement cycles, InputValidator validator, LiveUpdates live, ApplicationEventPublisher events, Clock clock, ScoreViews views) {
		this.reviews = reviews;
		this.boards = boards;
		this.scores = scores;
		this.teams = teams;
		this.cycles = cycles;
		this.validator = validator;
		this.live = live;
		this.events = events;
		this.clock = clock;
		this.views = views;
	}

	/**
	 * Opens this week's review of the team (a lead or an admin) in the open cycle running today; when it is open
	 * already, that one is the answer, so opening twice is harmless.
	 */
	@Transactional
	public WeeklyReview open(Caller actor, long teamId) {
		Team team = teamOf(teamId);
		requireLead(actor, team);
		LocalDate weekOf = mondayOf(LocalDate.now(clock));
		Optional<WeeklyReview> existing = reviews.ofWeek(teamId, weekOf);
		if (existing.isPresent()) {
			return existing.get();
		}
		Cycle cycle = runningCycle().orElseThrow(() -> new RuleViolationException("review-no-cycle", "problem.review-no-cycle.detail"));
		try {
			long id = reviews.insert(teamId, cycle.id(), weekOf, actor.personId(), clock.instant());
			return reviews.find(id).orElseThrow();
		}
		catch (DuplicateKeyException openedConcurrently) {
			throw new RuleViolationException("review-opened", "problem.review-opened.detail");
		}
	}

	/** The team's review of this week, if opened, and its latest ones: for its people and admins. */
	@Transactional(readOnly = true)
	public ReviewsOfTeam ofTeam(Caller caller, long teamId) {
		Team team = teamOf(teamId);
		requireTeammateOrAdmin(caller, team);
		LocalDate weekOf = mondayOf(LocalDate.now(clock));
		List<WeeklyReview> latest = reviews.ofTeam(teamId, LATEST_REVIEWS);
		WeeklyReview thisWeek = latest.stream().filter(review -> review.weekOf().equals(weekOf)).findFirst().orElse(null);
		boolean mayOpen = thisWeek == null && isLead(caller, team) && runningCycle().isPresent();
		return new ReviewsOfTeam(teamId, team.name(), weekOf, thisWeek, mayOpen, latest);
	}

	/** Whether the caller may see the team's reviews: a link to them is shown only then. */
	@Transactional(readOnly = true)
	public boolean mayFollow(Caller caller, long teamId) {
		return caller.admin() || caller.belongsTo(teamId);
	}

	/** The review itself, for its team's people and admins. */
	@Transactional(readOnly = true)
	public WeeklyReview find(Caller caller, long id) {
		WeeklyReview review = reviews.find(id).orElseThrow(() -> new NotFoundException("review", id));
		if (!mayFollow(caller, review.teamId())) {
			throw new NotFoundException("review", id);
		}
		return review;
	}

	/**
	 * Records that the caller joined the review, once, while it runs; only people of the team attend (an admin
	 * looking in does not). True when it was recorded now.
	 */
	@Transactional
	public boolean attend(Caller caller, long id) {
		WeeklyReview review = find(caller, id);
		if (!caller.belongsTo(review.teamId())) {
			throw new ForbiddenException("problem.review-not-teammate");
		}
		if (!review.state().takesAttendance()) {
			throw new RuleViolationException("review-closed", "problem.review-closed.detail");
		}
		boolean joined = reviews.attend(id, caller.personId(), clock.instant());
		if (joined) {
			live.signal(review.topic(), CHANGED);
		}
		return joined;
	}

	/**
	 * The board as the caller may see it, in a constant number of queries however big the team. The scores of
	 * teammates' personal objectives it shows are logged for them (one more statement, see {@link ScoreViews}).
	 */
	@Transactional
	public ReviewBoard board(Caller caller, long id) {
		WeeklyReview review = find(caller, id);
		ReviewBoard board = boards.of(caller, review, teamOf(review.teamId()));
		views.shown(caller, board.objectives().stream()
			.map(objective -> new Owner(objective.ownerTeamId(), objective.ownerPersonId()))
			.toList());
		return board;
	}

	/**
	 * Gives (or, before the reveal, changes) the caller's feedback on a key result's current score. Refused when
	 * it is the caller's own score, the key result has none or is not on the board, the caller is not on the team,
	 * or the feedback was revealed already.
	 */
	@Transactional
	public ScoreFeedback giveFeedback(Caller author, long reviewId, long keyResultId, ScoreFeedbackInput input) {
		validator.check(input, feedbackViolations(input));
		WeeklyReview review = locked(author, reviewId);
		if (!author.belongsTo(review.teamId())) {
			throw new ForbiddenException("problem.review-not-teammate");
		}
		if (!review.state().takesFeedback()) {
			throw new RuleViolationException("review-feedback-closed", "problem.review-feedback-closed.detail");
		}
		KeyResultView keyResult = onBoard(author, review, keyResultId)
			.orElseThrow(() -> new RuleViolationException("review-not-on-board", "problem.review-not-on-board.detail"));
		Score score = scores.latestOf(List.of(keyResultId)).get(keyResultId);
		if (score == null) {
			throw new RuleViolationException("review-no-score", "problem.review-no-score.detail");
		}
		if (keyResult.keyResult().ownerPersonId() == author.personId() || score.authorId() == author.personId()) {
			throw new RuleViolationException("review-own-score", "problem.review-own-score.detail");
		}
		boolean agrees = input.agrees();
		BigDecimal suggested = agrees ? null : input.suggestedScore();
		String comment = input.strippedComment();
		Instant now = clock.instant();
		Optional<ScoreFeedback> before = reviews.feedbackBy(reviewId, keyResultId, author.personId());
		int expected = before.map(ScoreFeedback::version).orElse(0);
		if (input.version() != expected) {
			throw new StaleVersionException("review-feedback", keyResultId);
		}
		if (before.isPresent()) {
			if (!reviews.updateFeedback(before.get().id(), expected, score.id(), agrees, suggested, comment, now)) {
				throw new StaleVersionException("review-feedback", keyResultId);
			}
		}
		else {
			try {
				reviews.insertFeedback(reviewId, keyResultId, score.id(), author.personId(), agrees, suggested, comment, now);
			}
			catch (DuplicateKeyException givenConcurrently) {
				throw new StaleVersionException("review-feedback", keyResultId);
			}
		}
		live.signal(review.topic(), CHANGED);
		return reviews.feedbackBy(reviewId, keyResultId, author.personId()).orElseThrow();
	}

	/** Reveals everyone's feedback at once (the lead): from now on the whole team reads it, and owners may revise. */
	@Transactional
	public WeeklyReview reveal(Caller actor, long id, ReviewTransition transition) {
		validator.check(transition);
		WeeklyReview review = leadsLocked(actor, id);
		if (!review.state().mayReveal()) {
			throw new RuleViolationException("review-not-open", "problem.review-not-open.detail");
		}
		return move(review, transition, review.state().revealed());
	}

	/** Records a decision (the lead), optionally about a key result of the board, until the review is closed. */
	@Transactional
	public ReviewDecision decide(Caller actor, long id, ReviewDecisionInput input) {
		validator.check(input);
		WeeklyReview review = leadsLocked(actor, id);
		if (!review.state().takesDecisions()) {
			throw new RuleViolationException("review-closed", "problem.review-closed.detail");
		}
		if (input.keyResultId() != null && onBoard(actor, review, input.keyResultId()).isEmpty()) {
			throw RuleViolationException.onField("keyResultId", "review-not-on-board", "problem.review-not-on-board.detail");
		}
		Instant now = clock.instant();
		String text = input.text().strip();
		long decisionId = reviews.insertDecision(id, input.keyResultId(), text, actor.personId(), now);
		live.signal(review.topic(), CHANGED);
		return new ReviewDecision(decisionId, id, input.keyResultId(), text, actor.personId(), now);
	}

	/** Closes the review (the lead): it becomes history, and {@link ReviewHeld} tells how much it gathered. */
	@Transactional
	public WeeklyReview close(Caller actor, long id, ReviewTransition transition) {
		validator.check(transition);
		WeeklyReview review = leadsLocked(actor, id);
		if (!review.state().mayClose()) {
			throw new RuleViolationException("review-closed", "problem.review-closed.detail");
		}
		WeeklyReview closed = move(review, transition, review.state().closed());
		int[] counts = reviews.countsOf(id);
		events.publishEvent(new ReviewHeld(id, review.teamId(), review.cycleId(), review.weekOf(), counts[0], counts[1],
				counts[2], closed.closedAt()));
		return closed;
	}

	private WeeklyReview move(WeeklyReview review, ReviewTransition transition, ReviewState to) {
		if (transition.version() != review.version() || !reviews.move(review.id(), review.version(), to, clock.instant())) {
			throw new StaleVersionException("review", review.id());
		}
		live.signal(review.topic(), CHANGED);
		return reviews.find(review.id()).orElseThrow();
	}

	private Optional<KeyResultView> onBoard(Caller caller, WeeklyReview review, long keyResultId) {
		return boards.shownOn(caller, review, teamOf(review.teamId())).stream()
			.flatMap(objective -> objective.keyResults().stream())
			.filter(keyResult -> keyResult.keyResult().id() == keyResultId)
			.findFirst();
	}

	private static List<FieldViolation> feedbackViolations(ScoreFeedbackInput input) {
		if (input == null || input.agrees() == null) {
			return List.of();
		}
		List<FieldViolation> violations = new ArrayList<>();
		if (input.agrees()) {
			if (input.suggestedScore() != null) {
				violations.add(new FieldViolation("suggestedScore", "validation.feedback-agree-without-score"));
			}
		}
		else {
			ScoreValues.violation("suggestedScore", input.suggestedScore()).ifPresent(violations::add);
			if (input.strippedComment().isEmpty()) {
				violations.add(new FieldViolation("comment", "validation.feedback-comment-needed"));
			}
		}
		return violations;
	}

	private WeeklyReview locked(Caller caller, long id) {
		WeeklyReview review = reviews.lock(id).orElseThrow(() -> new NotFoundException("review", id));
		if (!mayFollow(caller, review.teamId())) {
			throw new NotFoundException("review", id);
		}
		return review;
	}

	private WeeklyReview leadsLocked(Caller actor, long id) {
		WeeklyReview review = locked(actor, id);
		requireLead(actor, teamOf(review.teamId()));
		return review;
	}

	private Team teamOf(long teamId) {
		return teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
	}

	private static boolean isLead(Caller caller, Team team) {
		return caller.admin() || team.leadIds().contains(caller.personId());
	}

	private static void requireLead(Caller caller, Team team) {
		if (!isLead(caller, team)) {
			throw new ForbiddenException("problem.review-lead-only");
		}
	}

	private static void requireTeammateOrAdmin(Caller caller, Team team) {
		if (!caller.admin() && !caller.belongsTo(team.id())) {
			throw new ForbiddenException("problem.review-not-teammate");
		}
	}

	/** The open cycle running today, where this week's review belongs. */
	private Optional<Cycle> runningCycle() {
		LocalDate today = LocalDate.now(clock);
		return cycles.chooseOrCurrent(null)
			.filter(cycle -> cycle.state().isOpen() && !today.isBefore(cycle.startsOn()) && !today.isAfter(cycle.endsOn()));
	}

	static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
