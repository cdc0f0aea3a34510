package dev.lodestar.showcase.web;

import dev.lodestar.platform.web.Shell;

/** Loaded into the home page: the way to the showcase and the coaches and, for a coach, what waits for them. */
public record ShowcaseHomePart(Shell shell, int nominations, int requests) {
}
