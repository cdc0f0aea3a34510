package dev.lodestar.scoring;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;

/**
 * Makes a team's review pack for a week or a cycle. The team's members, its leads and admins may read it; it
 * shows only objectives the reader may see, and feedback only from reviews that were revealed. A constant number
 * of statements, however many objectives, check-ins and reviews.
 */
@Service
public class ReviewPackManagement {

	private final ReviewPackRepository reviews;

	private final ScoreManagement scores;

	private final ObjectiveManagement objectives;

	private final CheckInManagement checkIns;

	private final CycleManagement cycles;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final ZoneId zone;

	private final Clock clock;

	private final ScoreViews scoreViews;

	ReviewPackManagement(ReviewPackRepository reviews, ScoreManagement scores, ObjectiveManagement objectives,
			CheckInManagement checkIns, CycleManagement cycles, TeamManagement teams, PeopleManagement people,
			@Value("${lodestar.time-zone:}") String zone, Clock clock, ScoreViews scoreViews) {
		this.clock = clock;
		this.scoreViews = scoreViews;
		this.reviews = reviews;
		this.scores = scores;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.cycles = cycles;
		this.teams = teams;
		this.people = people;
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
	}

	/**
	 * Packs are read-write transactions: showing teammates' personal scores is logged for them ({@link ScoreViews}).
	 * <p>
	 * The pack a request asks for: the week of {@code week} when given; else, when {@code cycle} was given at all,
	 * that cycle (the current one when blank); else this week.
	 *
	 * @param cycle the request's {@code cycle} parameter as sent: absent (null), blank, or a cycle id
	 */
	@Transactional
	public ReviewPack of(Caller caller, long teamId, LocalDate week, String cycle) {
		Long cycleId = cycleIdOf(cycle);
		if (week == null && cycle != null) {
			return ofCycle(caller, teamId, cycleId);
		}
		return ofWeek(caller, teamId, week == null ? LocalDate.now(clock.withZone(zone)) : week, cycleId);
	}

	/**
	 * The week (Monday to Sunday) that holds {@code day}, in the cycle asked for, else the cycle of that week's
	 * review, else the current cycle.
	 */
	@Transactional
	public ReviewPack ofWeek(Caller caller, long teamId, LocalDate day, Long cycleId) {
		Team team = readableTeam(caller, teamId);
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<ReviewPackRepository.ReviewRow> ofWeek = reviews.reviewsOfWeek(teamId, monday);
		Long chosen = cycleId != null ? cycleId : ofWeek.stream().map(ReviewPackRepository.ReviewRow::cycleId).findFirst().orElse(null);
		Cycle cycle = cycleOrCurrent(chosen);
		return pack(caller, team, cycle, ReviewPackScope.WEEK, monday, monday.plusDays(6), ofWeek);
	}

	/** The whole cycle asked for, else the current one. */
	@Transactional
	public ReviewPack ofCycle(Caller caller, long teamId, Long cycleId) {
		Team team = readableTeam(caller, teamId);
		Cycle cycle = cycleOrCurrent(cycleId);
		return pack(caller, team, cycle, ReviewPackScope.CYCLE, cycle.startsOn(), cycle.endsOn(),
				reviews.reviewsOfCycle(teamId, cycle.id()));
	}

	private static Long cycleIdOf(String cycle) {
		if (cycle == null || cycle.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(cycle.strip());
		}
		catch (NumberFormatException notAnId) {
			throw InvalidInputException.of("cycle", "validation.must-be-number");
		}
	}

	/** Whether the caller may read the team's packs: its members and leads, and admins. */
	public static boolean mayRead(Caller caller, long teamId) {
		return caller.admin() || caller.belongsTo(teamId);
	}

	private Team readableTeam(Caller caller, long teamId) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
		if (!mayRead(caller, teamId)) {
			throw new ForbiddenException("problem.forbidden.pack");
		}
		return team;
	}

	private Cycle cycleOrCurrent(Long cycleId) {
		return cycles.chooseOrCurrent(cycleId)
			.orElseThrow(() -> new NotFoundException("cycle", cycleId == null ? "" : cycleId));
	}

	private ReviewPack pack(Caller caller, Team team, Cycle cycle, ReviewPackScope scope, LocalDate from, LocalDate to,
			List<ReviewPackRepository.ReviewRow> reviewRows) {
		Set<Long> teamPeople = new LinkedHashSet<>(team.leadIds());
		teamPeople.addAll(team.memberIds());
		List<ObjectiveView> views = objectives.ownedByAny(caller, cycle.id(), teamPeople, List.of(team.id()));
		List<ObjectiveScore> scored = scores.of(views);
		scoreViews.shown(caller, views.stream().map(view -> view.objective().owner()).toList());
		Map<Long, KeyResult> keyResults = new HashMap<>();
		views.forEach(view -> view.keyResults().forEach(keyResult -> keyResults.put(keyResult.keyResult().id(), keyResult.keyResult())));
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Map<Long, List<CheckIn>> periodCheckIns = keyResults.isEmpty() ? Map.of()
				: checkIns.since(caller, keyResults.keySet(), start);

		List<Long> reviewIds = reviewRows.stream().map(ReviewPackRepository.ReviewRow::id).toList();
		var attendance = reviewIds.isEmpty() ? List.<ReviewPackRepository.AttendanceRow>of() : reviews.attendanceOf(reviewIds);
		var feedback = reviewIds.isEmpty() ? List.<ReviewPackRepository.FeedbackRow>of() : reviews.revealedFeedbackOf(reviewIds);
		var decisions = reviewIds.isEmpty() ? List.<ReviewPackRepository.DecisionRow>of() : reviews.decisionsOf(reviewIds);

		Set<Long> named = new HashSet<>();
		views.stream().map(view -> view.objective().owner()).filter(owner -> !owner.isTeam()).forEach(owner -> named.add(owner.personId()));
		attendance.forEach(row -> named.add(row.personId()));
		feedback.forEach(row -> named.add(row.authorId()));
		decisions.forEach(row -> named.add(row.authorId()));
		Map<Long, String> names = named.isEmpty() ? Map.of() : people.namesOf(named);

		Map<Long, LocalDate> weeks = new HashMap<>();
		reviewRows.forEach(row -> weeks.put(row.id(), row.weekOf()));
		Map<Long, List<ReviewPackFeedback>> feedbackByKeyResult = new HashMap<>();
		for (var row : feedback) {
			if (keyResults.containsKey(row.keyResultId())) {
				feedbackByKeyResult.computeIfAbsent(row.keyResultId(), id -> new ArrayList<>())
					.add(new ReviewPackFeedback(weeks.get(row.reviewId()), row.authorId(), names.get(row.authorId()),
							row.suggested(), row.judged(), row.comment()));
			}
		}

		List<ReviewPackObjective> packed = new ArrayList<>();
		for (ObjectiveScore objective : scored) {
			List<ReviewPackKeyResult> packedKeyResults = objective.keyResults().stream().map(keyResult -> {
				long id = keyResult.keyResult().keyResult().id();
				List<CheckIn> inPeriod = periodCheckIns.getOrDefault(id, List.of()).stream()
					.filter(checkIn -> checkIn.checkedInAt().isBefore(end))
					.toList();
				return new ReviewPackKeyResult(keyResult, inPeriod, feedbackByKeyResult.getOrDefault(id, List.of()));
			}).toList();
			Owner owner = objective.objective().objective().owner();
			packed.add(new ReviewPackObjective(objective, owner.isTeam() ? team.name() : names.get(owner.personId()),
					packedKeyResults));
		}

		List<ReviewPackReview> packedReviews = new ArrayList<>();
		for (var review : reviewRows) {
			List<Long> attendeeIds = attendance.stream().filter(row -> row.reviewId() == review.id())
				.map(ReviewPackRepository.AttendanceRow::personId).toList();
			// A decision about a key result the reader may not see would describe it: it is left out.
			List<ReviewPackDecision> reviewDecisions = decisions.stream()
				.filter(row -> row.reviewId() == review.id())
				.filter(row -> row.keyResultId() == null || keyResults.containsKey(row.keyResultId()))
				.map(row -> new ReviewPackDecision(row.text(), names.get(row.authorId()), row.recordedAt(), row.keyResultId(),
						row.keyResultId() == null ? null : keyResults.get(row.keyResultId()).title()))
				.toList();
			packedReviews.add(new ReviewPackReview(review.id(), review.weekOf(), review.state(), attendeeIds,
					attendeeIds.stream().map(names::get).toList(), reviewDecisions));
		}
		return new ReviewPack(team, cycle, scope, from, to, ReviewPackSummary.of(packed), packed, packedReviews);
	}
}
