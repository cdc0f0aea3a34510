package dev.lodestar.scoring.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.scoring.ReviewPack;
import dev.lodestar.scoring.ReviewPackKeyResult;
import dev.lodestar.scoring.ReviewPackObjective;
import dev.lodestar.scoring.ReviewPackScope;
import dev.lodestar.scoring.ReviewPackSummary;
import dev.lodestar.scoring.Score;

/** A team's review pack of a week or a cycle: what the pack page shows, as data. */
record PackResponse(long teamId, String teamName, long cycleId, String cycleName, ReviewPackScope scope,
		LocalDate from, LocalDate to, ReviewPackSummary summary, List<ObjectiveLine> objectives,
		List<ReviewLine> reviews) {

	record ObjectiveLine(long id, String title, Long ownerTeamId, Long ownerPersonId, String ownerName,
			BigDecimal progress, BigDecimal score, String band, List<KeyResultLine> keyResults) {
	}

	/**
	 * @param checkIns        how many check-ins the period had
	 * @param valueAtEnd      the value of its last check-in in the period (numeric key results)
	 * @param doneAtEnd       whether done at its last check-in in the period (milestones)
	 * @param confidenceFirst the confidence of its first check-in in the period
	 * @param confidenceLast  the confidence of its last check-in in the period
	 */
	record KeyResultLine(long id, String title, BigDecimal progress, int checkIns, BigDecimal valueAtEnd,
			Boolean doneAtEnd, Integer confidenceFirst, Integer confidenceLast, List<Note> notes, ScoreLine score,
			List<FeedbackLine> feedback) {
	}

	record Note(Instant checkedInAt, String text) {
	}

	record ScoreLine(BigDecimal value, String kind, String band, String reason, int version, Instant recordedAt) {
	}

	/** @param suggestedScore null when the author agreed with {@code judgedScore} */
	record FeedbackLine(LocalDate weekOf, long authorId, String authorName, boolean agrees, BigDecimal suggestedScore,
			BigDecimal judgedScore, String comment) {
	}

	record ReviewLine(long id, LocalDate weekOf, String state, List<Long> attendeeIds, List<String> attendees,
			List<DecisionLine> decisions) {
	}

	record DecisionLine(String text, String authorName, Instant recordedAt, Long keyResultId) {
	}

	static PackResponse of(ReviewPack pack) {
		return new PackResponse(pack.team().id(), pack.team().name(), pack.cycle().id(), pack.cycle().name(),
				pack.scope(), pack.from(), pack.to(), pack.summary(),
				pack.objectives().stream().map(PackResponse::objective).toList(),
				pack.reviews().stream().map(review -> new ReviewLine(review.id(), review.weekOf(), review.state(),
						review.attendeeIds(), review.attendees(), review.decisions().stream()
							.map(decision -> new DecisionLine(decision.text(), decision.authorName(), decision.recordedAt(),
									decision.keyResultId()))
							.toList()))
					.toList());
	}

	private static ObjectiveLine objective(ReviewPackObjective objective) {
		var view = objective.score().objective();
		var owner = view.objective().owner();
		return new ObjectiveLine(view.objective().id(), view.objective().title(), owner.teamId(), owner.personId(),
				objective.ownerName(), view.progress(), objective.score().score(),
				objective.score().band() == null ? null : objective.score().band().name(),
				objective.keyResults().stream().map(PackResponse::keyResult).toList());
	}

	private static KeyResultLine keyResult(ReviewPackKeyResult keyResult) {
		CheckIn first = keyResult.first();
		CheckIn last = keyResult.last();
		Score score = keyResult.score().score();
		return new KeyResultLine(keyResult.keyResult().id(), keyResult.keyResult().title(),
				keyResult.score().keyResult().progress(), keyResult.checkIns().size(), last == null ? null : last.value(),
				last == null ? null : last.done(), first == null ? null : first.confidence(),
				last == null ? null : last.confidence(),
				keyResult.notes().stream().map(note -> new Note(note.checkedInAt(), note.note())).toList(),
				score == null ? null : new ScoreLine(score.value(), score.kind().name(), score.band().name(), score.reason(),
						score.version(), score.recordedAt()),
				keyResult.feedback().stream().map(feedback -> new FeedbackLine(feedback.weekOf(), feedback.authorId(),
						feedback.authorName(), feedback.agrees(), feedback.suggested(), feedback.judged(), feedback.comment()))
					.toList());
	}
}
