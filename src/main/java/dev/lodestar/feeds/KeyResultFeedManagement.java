package dev.lodestar.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.PlacedKeyResult;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Marks key results as updated by an integration and says how they fared. Whoever may see a key result sees its feed
 * and how the last pull went; only whoever may change the key result (its objective's owners) sets it, and sees its
 * URL, which may carry the other system's key.
 */
@Service
public class KeyResultFeedManagement {

	private final KeyResultFeedRepository feeds;

	private final KeyResultManagement keyResults;

	private final CycleManagement cycles;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KeyResultFeedManagement(KeyResultFeedRepository feeds, KeyResultManagement keyResults, CycleManagement cycles,
			InputValidator validator, ApplicationEventPublisher events, Clock clock) {
		this.feeds = feeds;
		this.keyResults = keyResults;
		this.cycles = cycles;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/** The key result's feed as the caller may see it, and whether they may change it: a fixed number of queries. */
	@Transactional(readOnly = true)
	public FeedView view(Caller caller, long keyResultId) {
		PlacedKeyResult placed = visible(caller, keyResultId);
		boolean mayChange = placed.objectiveOwner().includes(caller) && cycleOf(placed).state().isOpen();
		var feed = feeds.find(keyResultId).map(found -> mayChange ? found : found.withoutUrl()).orElse(null);
		return new FeedView(placed.view().keyResult(), feed, mayChange);
	}

	@Transactional(readOnly = true)
	public Optional<KeyResultFeed> find(Caller caller, long keyResultId) {
		return Optional.ofNullable(view(caller, keyResultId).feed());
	}

	/**
	 * Sets the key result's feed, new or over the version read; a PULL feed is pulled on the next tick. Settings
	 * changed since the version read, or a feed set meanwhile by someone else, are a stale version.
	 */
	@Transactional
	public KeyResultFeed set(Caller actor, long keyResultId, FeedSetting setting) {
		validator.check(setting);
		PlacedKeyResult placed = changeable(actor, keyResultId);
		FeedRules.check(setting, placed.view().keyResult().kind());
		FeedSetting tidy = tidy(setting);
		KeyResultFeed before = feeds.find(keyResultId).orElse(null);
		Instant now = clock.instant();
		Instant next = tidy.mode() == FeedMode.PULL ? now : null;
		boolean stored;
		try {
			stored = setting.version() == null ? feeds.insert(keyResultId, tidy, actor.personId(), next)
					: feeds.update(keyResultId, tidy, actor.personId(), setting.version(), next);
		}
		catch (DuplicateKeyException setMeanwhile) {
			stored = false;
		}
		if (!stored) {
			throw new StaleVersionException("key-result-feed", keyResultId);
		}
		KeyResultFeed after = feeds.find(keyResultId).orElseThrow();
		events.publishEvent(new KeyResultFeedChanged(keyResultId, placed.view().keyResult().objectiveId(), actor.personId(),
				now, before == null ? "CREATED" : "UPDATED", changesBetween(before, after)));
		return after;
	}

	/** The key result goes back to check-ins by hand; removing a feed it does not have is fine. */
	@Transactional
	public void remove(Caller actor, long keyResultId) {
		PlacedKeyResult placed = changeable(actor, keyResultId);
		KeyResultFeed before = feeds.find(keyResultId).orElse(null);
		if (before != null && feeds.delete(keyResultId)) {
			events.publishEvent(new KeyResultFeedChanged(keyResultId, placed.view().keyResult().objectiveId(),
					actor.personId(), clock.instant(), "DELETED", changesBetween(before, null)));
		}
	}

	/** The pace in minutes, which the history says in words; the address only as changed (see the event). */
	private static List<FieldChange> changesBetween(KeyResultFeed before, KeyResultFeed after) {
		return Changes.between()
			.field("mode", before == null ? null : before.mode(), after == null ? null : after.mode())
			.secret("url", !Objects.equals(before == null ? null : before.url(), after == null ? null : after.url()))
			.field("jsonPointer", before == null ? null : before.jsonPointer(), after == null ? null : after.jsonPointer())
			.field("every", minutes(before), minutes(after))
			.list();
	}

	private static Long minutes(KeyResultFeed feed) {
		return feed == null || feed.every() == null ? null : feed.every().toMinutes();
	}

	/**
	 * Keeps on the key result's PUSH feed how the latest check-in posted by an integration went: its HTTP status,
	 * 2xx recorded, anything else refused. Only for an integration whose owner may check in on the key result, so
	 * nobody else's token can fill the key result with refusals.
	 */
	@Transactional
	public void notePush(Caller owner, long keyResultId, int status) {
		var placed = keyResults.findPlaced(owner, keyResultId);
		if (placed.isEmpty() || !placed.get().view().mayBeCheckedInBy(owner, placed.get().objectiveOwner())) {
			return;
		}
		boolean recorded = status / 100 == 2;
		feeds.pushed(keyResultId, new LastPull(clock.instant(), recorded ? FeedOutcome.PUSH_RECORDED : FeedOutcome.PUSH_REFUSED,
				recorded ? null : String.valueOf(status), null));
	}

	/** An integration's check-in was recorded: kept on the key result's PUSH feed, in the check-in's transaction. */
	@Transactional
	void notePushRecorded(long keyResultId, Instant at) {
		feeds.pushed(keyResultId, new LastPull(at, FeedOutcome.PUSH_RECORDED, null, null));
	}

	/** A PUSH feed keeps no address, pointer or pace: leftovers from a PULL form would only mislead. */
	private static FeedSetting tidy(FeedSetting setting) {
		return setting.mode() == FeedMode.PUSH ? new FeedSetting(FeedMode.PUSH, null, null, null, setting.version())
				: new FeedSetting(FeedMode.PULL, setting.url().strip(), setting.jsonPointer().strip(), setting.every(),
						setting.version());
	}

	private PlacedKeyResult visible(Caller caller, long keyResultId) {
		return keyResults.findPlaced(caller, keyResultId).orElseThrow(() -> new NotFoundException("key-result", keyResultId));
	}

	/** Its objective's owners change a key result's feed, while its cycle is open: a closed cycle is history. */
	private PlacedKeyResult changeable(Caller actor, long keyResultId) {
		PlacedKeyResult placed = visible(actor, keyResultId);
		if (!placed.objectiveOwner().includes(actor)) {
			throw new ForbiddenException("problem.forbidden.key-result-feed");
		}
		Cycle cycle = cycleOf(placed);
		if (!cycle.state().isOpen()) {
			throw new RuleViolationException("cycle-closed", "problem.cycle-closed.detail", cycle.name());
		}
		return placed;
	}

	private Cycle cycleOf(PlacedKeyResult placed) {
		return cycles.find(placed.cycleId()).orElseThrow();
	}
}
