package dev.lodestar.people.web;

import dev.lodestar.platform.web.Shell;

/** My personal-access tokens for the API: issue one, see them, revoke them. */
public record TokensPage(Shell shell, TokensPanel panel) {
}
