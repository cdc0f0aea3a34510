package dev.lodestar.people.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/**
 * The import of people and teams from a CSV file: how to write the file, the upload, and what became of it.
 *
 * @param maxBytes the largest file accepted, for the browser to refuse a larger one before sending it
 * @param maxMegabytes the same, as people read it
 * @param columns the columns a file may have, documented on the page
 */
public record ImportPage(Shell shell, long maxBytes, String maxMegabytes, List<String> columns, ImportResult result,
		String idempotencyKey) {
}
