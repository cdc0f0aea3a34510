package dev.lodestar.scoring.web;

import java.time.LocalDate;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.ReviewPack;
import dev.lodestar.scoring.ReviewPackScope;

/**
 * A team's review pack, on the page or printable.
 *
 * @param query the request's query for this very pack (e.g. {@code week=2026-11-23&cycle=4}), for the other version
 * @param today the reader's today, for the link from a cycle to one of its weeks
 */
public record PackPage(Shell shell, ReviewPack pack, String query, LocalDate today) {

	public String base() {
		return "/teams/" + pack.team().id() + "/pack";
	}

	public boolean week() {
		return pack.scope() == ReviewPackScope.WEEK;
	}

	public String previousWeek() {
		return base() + "?week=" + pack.from().minusDays(7) + "&cycle=" + pack.cycle().id();
	}

	public String nextWeek() {
		return base() + "?week=" + pack.from().plusDays(7) + "&cycle=" + pack.cycle().id();
	}

	public String wholeCycle() {
		return base() + "?cycle=" + pack.cycle().id();
	}

	/** From a cycle pack: the week in it that holds today, or its first or last week. */
	public String aWeek() {
		LocalDate day = today.isBefore(pack.from()) ? pack.from() : today.isAfter(pack.to()) ? pack.to() : today;
		return base() + "?week=" + day + "&cycle=" + pack.cycle().id();
	}

	public String printable() {
		return base() + "/print?" + query;
	}

	public String onPage() {
		return base() + "?" + query;
	}
}
