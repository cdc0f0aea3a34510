package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.Shell;

/** "Who has viewed my scores": the caller's own score-view log, newest first. */
public record ScoreViewsPage(Shell shell, ScoreViewList list) {
}
