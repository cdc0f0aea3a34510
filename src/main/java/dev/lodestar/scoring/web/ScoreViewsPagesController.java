package dev.lodestar.scoring.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.ScoreViews;

/**
 * Who has viewed my scores. Always the signed-in person's own log: there is no address for anyone else's, so not
 * even an admin can read whose scores a person looked at.
 */
@Controller
class ScoreViewsPagesController {

	private final ScoreViews views;

	ScoreViewsPagesController(ScoreViews views) {
		this.views = views;
	}

	@GetMapping(ScoreViewList.PATH)
	String showScoreViews(Shell shell, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", new ScoreViewsPage(shell, list(shell, page)));
		return "scoring/score-views-page";
	}

	@GetMapping(ScoreViewList.ROWS)
	String showScoreViewRows(Shell shell, @RequestParam(required = false) Integer page, Model model,
			HttpServletResponse response) {
		ScoreViewList list = list(shell, page);
		response.setHeader("HX-Push-Url", list.address());
		model.addAttribute("page", new ScoreViewRows(shell, list));
		return "scoring/score-view-rows";
	}

	private ScoreViewList list(Shell shell, Integer page) {
		return new ScoreViewList(views.ofMe(shell.caller(), PageQuery.of(page, PageQuery.DEFAULT_SIZE)));
	}
}
