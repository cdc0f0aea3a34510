package dev.lodestar.cycles.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleState;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageLinks;

/** One page of cycles, newest first, found by name and state, with the links to the others. */
public record CycleList(String query, CycleState state, Page<Cycle> cycles) {

	static final String PATH = "/admin/cycles";

	static final String ROWS = "/admin/cycles/rows";

	public PageLinks links() {
		return PageLinks.of(cycles, PATH, ROWS, parameters());
	}

	String address() {
		return PageLinks.address(PATH, parameters(), cycles.page());
	}

	private Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", query);
		parameters.put("state", state == null ? null : state.name());
		return parameters;
	}
}
