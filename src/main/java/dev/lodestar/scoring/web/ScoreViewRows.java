package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.Shell;

/** The score-view list alone, as htmx fetches it when the reader turns a page. */
public record ScoreViewRows(Shell shell, ScoreViewList list) {
}
