package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.people.Team;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.Shell;

/**
 * Every objective the reader may see, searched by text, team and person, a page at a time. {@code personName}
 * names the chosen person, so the filter can say whom it shows.
 */
public record ExplorePage(Shell shell, Cycle cycle, List<Cycle> cycles, String text, Long teamId, List<Team> teams,
		Long personId, String personName, Page<ObjectiveCard> results) {

	/** The address of another page of the same search. */
	public String pageLink(int page) {
		StringBuilder link = new StringBuilder("/explore?page=").append(page);
		if (cycle != null) {
			link.append("&cycle=").append(cycle.id());
		}
		if (text != null && !text.isBlank()) {
			link.append("&q=").append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
		}
		if (teamId != null) {
			link.append("&team=").append(teamId);
		}
		if (personId != null) {
			link.append("&person=").append(personId);
		}
		return link.toString();
	}
}
