package dev.lodestar.checkins;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.Reading;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/** Records check-ins and shows their history. A check-in is never changed: the next one supersedes it. */
@Service
public class CheckInManagement {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The confidence of a pulled value when no one has checked in yet: the middle of the scale, no judgement. */
	public static final int PULLED_CONFIDENCE = 5;

	private final CheckInRepository checkIns;

	private final KeyResultManagement keyResults;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CheckInManagement(CheckInRepository checkIns, KeyResultManagement keyResults, InputValidator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.checkIns = checkIns;
		this.keyResults = keyResults;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/** A check-in on the web pages. */
	@Transactional
	public CheckIn record(Caller author, long keyResultId, NewCheckIn command) {
		return record(author, keyResultId, command, clock.instant(), CheckInSource.WEB, null);
	}

	/**
	 * A check-in posted with an API token: {@link CheckInSource#API}, or INTEGRATION for a CHECKINS_WRITE token. An
	 * integration's is announced whichever way it goes ({@link IntegrationCheckInRecorded}, {@link IntegrationCheckInRefused}),
	 * so its key result can show how the latest one went.
	 */
	@Transactional
	public CheckIn recordWithToken(Caller author, long keyResultId, NewCheckIn command, CheckInSource source, long tokenId) {
		Instant now = clock.instant();
		if (source != CheckInSource.INTEGRATION) {
			return record(author, keyResultId, command, now, source, tokenId);
		}
		try {
			CheckIn recorded = record(author, keyResultId, command, now, source, tokenId);
			events.publishEvent(new IntegrationCheckInRecorded(recorded.id(), keyResultId, author.personId(), now));
			return recorded;
		}
		catch (Problem refused) {
			events.publishEvent(new IntegrationCheckInRefused(keyResultId, author.personId(), now, refused.status().value()));
			throw refused;
		}
	}

	/**
	 * A value a key result's scheduled pull read, checked in for {@code author} (who set the pull up) with the
	 * confidence of the latest check-in: nobody judged the confidence anew, so the last judgement stands
	 * ({@link #PULLED_CONFIDENCE} before any). Nothing is recorded when the value is the latest one already, so an
	 * hourly pull of a number that moves weekly does not bury the history; the answer is then empty.
	 */
	@Transactional
	public Optional<CheckIn> recordPulled(Caller author, long keyResultId, BigDecimal value, Instant at) {
		Reading latest = checkIns.latestOf(List.of(keyResultId)).get(keyResultId);
		if (latest != null && latest.value().compareTo(value) == 0) {
			return Optional.empty();
		}
		int confidence = latest == null ? PULLED_CONFIDENCE : latest.confidence();
		return Optional.of(record(author, keyResultId, new NewCheckIn(value, null, confidence, ""), at, CheckInSource.PULL, null));
	}

	/**
	 * Records a check-in made at an earlier time: for importing history (the demo company, a move from another
	 * tool). The API offers only {@link #record(Caller, long, NewCheckIn)}, so people cannot backdate updates.
	 */
	@Transactional
	public CheckIn recordHistorical(Caller author, long keyResultId, NewCheckIn command, Instant at) {
		return record(author, keyResultId, command, at, CheckInSource.WEB, null);
	}

	@Transactional(readOnly = true)
	public Page<CheckIn> history(Caller caller, long keyResultId, PageQuery page) {
		KeyResult keyResult = keyResults.visible(caller, keyResultId)
			.orElseThrow(() -> new NotFoundException("key-result", keyResultId));
		return Page.of(checkIns.history(keyResultId, page), page, checkIns.count(keyResultId))
			.map(row -> checkInOf(keyResult, row));
	}

	/**
	 * Someone's latest check-ins that the caller may see, newest first. Check-ins on objectives the caller may not
	 * see are left out, so the list may be shorter than {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<RecentCheckIn> recentBy(Caller caller, long authorId, int limit) {
		var rows = checkIns.recentBy(authorId, limit);
		var visible = keyResults.visibleAmong(caller, rows.stream().map(CheckInRepository.CheckInRow::keyResultId).toList());
		return rows.stream()
			.filter(row -> visible.containsKey(row.keyResultId()))
			.map(row -> new RecentCheckIn(visible.get(row.keyResultId()), checkInOf(visible.get(row.keyResultId()), row)))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CheckIn> find(Caller caller, long keyResultId, long id) {
		return keyResults.visible(caller, keyResultId)
			.flatMap(keyResult -> checkIns.find(keyResultId, id).map(row -> checkInOf(keyResult, row)));
	}

	/**
	 * The check-ins since {@code since} of those of these key results the caller may see, oldest first, by key
	 * result: confidence trends and weekly summaries in two queries, however many key results.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<CheckIn>> since(Caller caller, Collection<Long> keyResultIds, Instant since) {
		var visible = keyResults.visibleAmong(caller, keyResultIds);
		Map<Long, List<CheckIn>> byKeyResult = new LinkedHashMap<>();
		if (visible.isEmpty()) {
			return byKeyResult;
		}
		for (var row : checkIns.since(visible.keySet(), since)) {
			byKeyResult.computeIfAbsent(row.keyResultId(), id -> new ArrayList<>())
				.add(checkInOf(visible.get(row.keyResultId()), row));
		}
		return byKeyResult;
	}

	/** The key result and its check-ins, newest first, for whoever may see it: three queries, however long the history. */
	@Transactional(readOnly = true)
	public CheckInTimeline timeline(Caller caller, long keyResultId, PageQuery page) {
		KeyResult keyResult = keyResults.visible(caller, keyResultId)
			.orElseThrow(() -> new NotFoundException("key-result", keyResultId));
		var history = Page.of(checkIns.history(keyResultId, page), page, checkIns.count(keyResultId))
			.map(row -> checkInOf(keyResult, row));
		return new CheckInTimeline(keyResult, history);
	}

	private CheckIn record(Caller author, long keyResultId, NewCheckIn command, Instant at, CheckInSource source,
			Long tokenId) {
		validator.check(command);
		KeyResult keyResult = keyResults.forCheckIn(author, keyResultId);
		BigDecimal value = valueOf(keyResult, command);
		String note = command.note() == null ? "" : command.note().strip();
		long id = checkIns.insert(keyResultId, value, command.confidence(), note, author.personId(), at, source, tokenId);
		CheckIn checkIn = checkInOf(keyResult, new CheckInRepository.CheckInRow(keyResultId,
				new Reading(id, value, command.confidence(), note, author.personId(), at), source, tokenId));
		events.publishEvent(new CheckInRecorded(id, keyResultId, keyResult.objectiveId(), author.personId(), at,
				Changes.between()
					.field("keyResultId", null, keyResultId)
					.field(keyResult.kind() == KeyResultKind.MILESTONE ? "done" : "value", null,
							keyResult.kind() == KeyResultKind.MILESTONE ? checkIn.done() : value)
					.field("confidence", null, command.confidence())
					.field("note", null, note.isEmpty() ? null : note)
					.list()));
		return checkIn;
	}

	/** A milestone takes {@code done}, every other kind a {@code value}; a percentage stays within 0–100. */
	private static BigDecimal valueOf(KeyResult keyResult, NewCheckIn command) {
		List<FieldViolation> violations = new ArrayList<>();
		BigDecimal value = command.value();
		if (keyResult.kind() == KeyResultKind.MILESTONE) {
			if (command.done() == null) {
				violations.add(new FieldViolation("done", "validation.NotNull"));
			}
			if (command.value() != null) {
				violations.add(new FieldViolation("value", "validation.milestone-done-not-value"));
			}
			value = Boolean.TRUE.equals(command.done()) ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		else {
			if (command.value() == null) {
				violations.add(new FieldViolation("value", "validation.NotNull"));
			}
			if (command.done() != null) {
				violations.add(new FieldViolation("done", "validation.done-only-for-milestones"));
			}
			if (keyResult.kind() == KeyResultKind.PERCENTAGE && value != null
					&& (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
				violations.add(new FieldViolation("value", "validation.Range", 0, 100));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return value;
	}

	private static CheckIn checkInOf(KeyResult keyResult, CheckInRepository.CheckInRow row) {
		Reading reading = row.reading();
		boolean milestone = keyResult.kind() == KeyResultKind.MILESTONE;
		return new CheckIn(reading.checkInId(), keyResult.id(), milestone ? null : reading.value(),
				milestone ? reading.value().signum() > 0 : null, reading.confidence(), reading.note(), reading.authorId(),
				reading.checkedInAt(), keyResult.progressAt(reading.value()), row.source(), row.tokenId());
	}
}
