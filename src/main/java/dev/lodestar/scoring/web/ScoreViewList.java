package dev.lodestar.scoring.web;

import java.util.Map;

import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageLinks;
import dev.lodestar.scoring.ScoreView;

/** One page of who viewed my scores, with the links to the others. */
public record ScoreViewList(Page<ScoreView> views) {

	static final String PATH = "/people/me/score-views";

	static final String ROWS = "/people/me/score-views/rows";

	public PageLinks links() {
		return PageLinks.of(views, PATH, ROWS, Map.of());
	}

	/** What the address bar shows once htmx has fetched this page of the list. */
	String address() {
		return PageLinks.address(PATH, Map.of(), views.page());
	}
}
