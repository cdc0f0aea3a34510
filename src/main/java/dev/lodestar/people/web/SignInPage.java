package dev.lodestar.people.web;

import dev.lodestar.platform.web.Shell;

/** The sign-in form, after a failed attempt, after signing out, or after the demo company was loaded. */
public record SignInPage(Shell shell, String organisation, boolean failed, boolean signedOut, boolean demoLoaded) {
}
