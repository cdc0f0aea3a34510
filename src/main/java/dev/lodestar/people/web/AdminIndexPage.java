package dev.lodestar.people.web;

import dev.lodestar.platform.web.Shell;

/** The admin's start: a way into each section. */
public record AdminIndexPage(Shell shell) {
}
