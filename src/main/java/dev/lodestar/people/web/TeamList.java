package dev.lodestar.people.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.lodestar.people.Team;
import dev.lodestar.people.TeamBranch;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageLinks;

/**
 * The teams an admin sees: the whole tree, or, while they search, a page of the teams whose name matches with the
 * name of each one's parent.
 */
public record TeamList(String query, List<TeamBranch> tree, Page<Team> matches, Map<Long, String> parentNames) {

	static final String PATH = "/admin/teams";

	static final String ROWS = "/admin/teams/rows";

	public boolean searching() {
		return matches != null;
	}

	public PageLinks links() {
		return PageLinks.of(matches, PATH, ROWS, parameters());
	}

	String address() {
		return searching() ? PageLinks.address(PATH, parameters(), matches.page()) : PATH;
	}

	private Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("q", query);
		return parameters;
	}
}
