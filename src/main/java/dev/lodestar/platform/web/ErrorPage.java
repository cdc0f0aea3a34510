package dev.lodestar.platform.web;

/** What went wrong, for a person in a browser: a title and a sentence in their language, and the status. */
public record ErrorPage(Shell shell, int status, String title, String detail) {
}
