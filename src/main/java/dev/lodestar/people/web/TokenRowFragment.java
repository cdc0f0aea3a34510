package dev.lodestar.people.web;

import dev.lodestar.people.ApiToken;
import dev.lodestar.platform.web.Shell;

/** One of my tokens, as htmx swaps it in after revoking it. */
public record TokenRowFragment(Shell shell, ApiToken token) {
}
