package dev.lodestar.scoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.scoring.ScoreView;
import dev.lodestar.scoring.ScoreViews;

/** The caller's own score-view log; there is deliberately no endpoint for anyone else's, admins included. */
@RestController
@Tag(name = "Scores")
class ScoreViewsApiController {

	private final ScoreViews views;

	ScoreViewsApiController(ScoreViews views) {
		this.views = views;
	}

	@GetMapping("/api/v1/me/score-views")
	@Operation(summary = "Who has viewed the scores of my personal objectives: one entry per person and day, newest first. "
			+ "Only ever my own log")
	Page<ScoreView> listMyScoreViews(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return views.ofMe(caller, PageQuery.of(page, size));
	}
}
