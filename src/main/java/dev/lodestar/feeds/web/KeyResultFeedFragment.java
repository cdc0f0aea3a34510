package dev.lodestar.feeds.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.lodestar.feeds.FeedOutcome;
import dev.lodestar.feeds.FeedView;
import dev.lodestar.feeds.LastPull;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * Under a key result: whether an integration updates it and how the last pull went, and for whoever may change the
 * key result the form that sets it up ({@code form} is null while closed).
 */
public record KeyResultFeedFragment(Shell shell, FeedView view, FeedForm form, FormErrors errors) {

	/** The paces the form offers; a feed set through the API at another pace keeps it as a choice. */
	private static final List<Duration> PACES = List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6),
			Duration.ofDays(1));

	public long keyResultId() {
		return view.keyResult().id();
	}

	public List<Duration> paces() {
		List<Duration> paces = new ArrayList<>(PACES);
		if (view.feed() != null && view.feed().every() != null && !paces.contains(view.feed().every())) {
			paces.add(view.feed().every());
		}
		return paces;
	}

	/** Every 15 minutes, every hour, every 6 hours, every day: the largest whole unit. */
	public String pace(Duration every) {
		var t = shell.t();
		if (every.toDays() > 0 && every.equals(Duration.ofDays(every.toDays()))) {
			return t.m("feed.every.days", every.toDays());
		}
		if (every.toHours() > 0 && every.equals(Duration.ofHours(every.toHours()))) {
			return t.m("feed.every.hours", every.toHours());
		}
		return t.m("feed.every.minutes", every.toMinutes());
	}

	/** What the last pull found, in the reader's words: the number, or why nothing was recorded. */
	public String lastOutcome() {
		LastPull last = view.feed().lastPull();
		var t = shell.t();
		String pointer = view.feed().jsonPointer() == null || view.feed().jsonPointer().isEmpty() ? t.m("feed.pointer-root")
				: view.feed().jsonPointer();
		String detail = last.outcome() == FeedOutcome.REFUSED && last.detail() != null
				? t.m("problem." + last.detail() + ".title") : last.detail();
		return t.m("feed.outcome." + last.outcome().name(), pointer, t.dateTime(last.at()), detail == null ? "" : detail,
				last.value() == null ? "" : t.number(last.value()));
	}

	public boolean lastPullFailed() {
		return !view.feed().lastPull().outcome().readValue();
	}
}
