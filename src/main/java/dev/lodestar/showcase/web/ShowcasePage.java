package dev.lodestar.showcase.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.PageLinks;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.showcase.Showcase;
import dev.lodestar.showcase.ShowcaseFilter;

/**
 * The showcase as browsed: a page of examples, the filter and what it offers, the open cycles a draft may be started
 * in, and a refusal of a copy shown above the example it concerns.
 */
public record ShowcasePage(Shell shell, Showcase showcase, ShowcaseFilter filter, List<Cycle> openCycles,
		Long refusedEntryId, FormErrors errors) {

	public PageLinks links() {
		Map<String, String> query = new java.util.LinkedHashMap<>();
		if (filter.theme() != null && !filter.theme().isBlank()) {
			query.put("theme", filter.theme());
		}
		if (filter.cycleId() != null) {
			query.put("cycle", String.valueOf(filter.cycleId()));
		}
		if (filter.teamId() != null) {
			query.put("team", String.valueOf(filter.teamId()));
		}
		return PageLinks.of(showcase.examples(), "/showcase", "/showcase", query);
	}

	/** A key for one copy form, made when the page is shown, so a double-clicked button starts one draft. */
	public String copyKey() {
		return java.util.UUID.randomUUID().toString();
	}

	public boolean refused(long entryId) {
		return refusedEntryId != null && refusedEntryId == entryId;
	}
}
