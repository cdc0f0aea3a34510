package dev.lodestar.scoring;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.platform.security.Caller;

/**
 * Reads a review's board for one reader. The privacy rule of the review lives here, in one place: others'
 * feedback is counted, never shown, until the lead reveals it — to the lead as well — and only key results the
 * reader may see are on it. Live signals carry nothing, so this read is all anyone ever learns.
 */
@Component
class ReviewBoards {

	/** How far back the confidence trend looks, and how many check-ins it shows. */
	static final Duration TREND_WINDOW = Duration.ofDays(8 * 7);

	static final int TREND_POINTS = 6;

	private final ReviewRepository reviews;

	private final ScoreManagement scoring;

	private final ObjectiveManagement objectives;

	private final CheckInManagement checkIns;

	private final PeopleManagement people;

	private final CycleManagement cycles;

	ReviewBoards(ReviewRepository reviews, ScoreManagement scoring, ObjectiveManagement objectives, CheckInManagement checkIns,
			PeopleManagement people, CycleManagement cycles) {
		this.reviews = reviews;
		this.scoring = scoring;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.people = people;
		this.cycles = cycles;
	}

	/** The board of the review as the caller may see it: a constant number of queries however big the team. */
	ReviewBoard of(Caller caller, WeeklyReview review, Team team) {
		long id = review.id();
		String cycleName = cycles.find(review.cycleId()).map(Cycle::name).orElse("");
		List<ObjectiveView> shown = shownOn(caller, review, team);
		List<ObjectiveScore> scored = scoring.of(shown);
		List<Long> keyResultIds = keyResultIdsOf(shown);
		Map<Long, List<CheckIn>> trends = keyResultIds.isEmpty() ? Map.of()
				: checkIns.since(caller, keyResultIds, trendStart(review));
		List<ScoreFeedback> feedback = reviews.feedbackOf(id);
		var attendance = reviews.attendanceOf(id);
		var decisions = reviews.decisionsOf(id);

		Set<Long> named = new HashSet<>(team.leadIds());
		named.addAll(team.memberIds());
		feedback.forEach(given -> named.add(given.authorId()));
		attendance.forEach(attended -> named.add(attended.personId()));
		decisions.forEach(decision -> named.add(decision.authorId()));
		shown.forEach(objective -> objective.keyResults().forEach(keyResult -> named.add(keyResult.keyResult().ownerPersonId())));
		Map<Long, String> names = people.namesOf(named);

		boolean teammate = caller.belongsTo(team.id());
		Map<Long, List<ScoreFeedback>> byKeyResult = new LinkedHashMap<>();
		feedback.forEach(given -> byKeyResult.computeIfAbsent(given.keyResultId(), key -> new ArrayList<>()).add(given));
		Map<Long, String> titles = new LinkedHashMap<>();
		List<ReviewObjective> boardObjectives = new ArrayList<>();
		for (ObjectiveScore objective : scored) {
			var owner = objective.objective().objective().owner();
			String ownerName = owner.isTeam() ? team.name() : names.getOrDefault(owner.personId(), "");
			List<ReviewKeyResult> rows = new ArrayList<>();
			for (KeyResultScore keyResult : objective.keyResults()) {
				var kr = keyResult.keyResult().keyResult();
				titles.put(kr.id(), kr.title());
				var given = byKeyResult.getOrDefault(kr.id(), List.of());
				rows.add(rowOf(caller, review, teammate, keyResult, trends.getOrDefault(kr.id(), List.of()), given, names));
			}
			var view = objective.objective();
			boardObjectives.add(new ReviewObjective(view.objective().id(), view.objective().title(), owner.teamId(),
					owner.personId(), ownerName, view.progress(), objective.score(), objective.band(), rows));
		}
		var attendees = attendance.stream()
			.map(attended -> new ReviewAttendee(attended.personId(), names.getOrDefault(attended.personId(), ""), attended.joinedAt()))
			.toList();
		var decisionLines = decisions.stream()
			.map(decision -> new ReviewDecisionLine(decision, names.getOrDefault(decision.authorId(), ""),
					decision.keyResultId() == null ? null : titles.get(decision.keyResultId())))
			.toList();
		return new ReviewBoard(review, team.name(), cycleName, caller.admin() || team.leadIds().contains(caller.personId()), teammate, boardObjectives, attendees,
				decisionLines);
	}

	private ReviewKeyResult rowOf(Caller caller, WeeklyReview review, boolean teammate, KeyResultScore keyResult,
			List<CheckIn> trend, List<ScoreFeedback> given, Map<Long, String> names) {
		var view = keyResult.keyResult();
		var kr = view.keyResult();
		Score score = keyResult.score();
		long me = caller.personId();
		boolean own = kr.ownerPersonId() == me || (score != null && score.authorId() == me);
		ScoreFeedback mine = given.stream().filter(feedback -> feedback.authorId() == me).findFirst().orElse(null);
		List<ReviewFeedbackLine> revealed = review.state().showsFeedback()
				? given.stream()
					.map(feedback -> new ReviewFeedbackLine(feedback, names.getOrDefault(feedback.authorId(), ""),
							score != null && feedback.scoreId() != score.id()))
					.toList()
				: List.of();
		List<Integer> confidences = trend.stream().map(CheckIn::confidence).toList();
		if (confidences.size() > TREND_POINTS) {
			confidences = confidences.subList(confidences.size() - TREND_POINTS, confidences.size());
		}
		boolean mayGiveFeedback = teammate && review.state().takesFeedback() && score != null && !own;
		boolean mayRevise = kr.ownerPersonId() == me && review.state() == ReviewState.REVEALED;
		return new ReviewKeyResult(kr.id(), kr.objectiveId(), kr.title(), kr.ownerPersonId(),
				names.getOrDefault(kr.ownerPersonId(), ""), view.progress(), view.latest(), confidences, score,
				score == null ? null : score.band(), mine,
				given.size(), revealed, mayGiveFeedback, mayRevise);
	}

	/** The team's objectives and its leads' and members' personal ones in the review's cycle that the reader may see. */
	List<ObjectiveView> shownOn(Caller caller, WeeklyReview review, Team team) {
		Set<Long> persons = new HashSet<>(team.leadIds());
		persons.addAll(team.memberIds());
		return objectives.ownedByAny(caller, review.cycleId(), persons, List.of(team.id()))
			.stream()
			.filter(view -> !view.objective().draft())
			.map(view -> new ObjectiveView(view.objective(), view.progress(), view.hints(),
					view.keyResults().stream().filter(keyResult -> !keyResult.keyResult().draft()).toList()))
			.toList();
	}

	private static Instant trendStart(WeeklyReview review) {
		return review.weekOf().atStartOfDay().toInstant(ZoneOffset.UTC).minus(TREND_WINDOW);
	}

	private static List<Long> keyResultIdsOf(List<ObjectiveView> shown) {
		return shown.stream()
			.flatMap(objective -> objective.keyResults().stream())
			.map(keyResult -> keyResult.keyResult().id())
			.toList();
	}
}
