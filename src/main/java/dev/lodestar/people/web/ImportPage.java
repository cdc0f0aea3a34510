package dev.lodestar.people.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/**
 * The import of people and teams from a CSV file: how to write the file, the upload, and what became of it.
 *
 * @param maxMegabytes the largest file accepted
 * @param columns the columns a file may have, documented on the page
 */
public record ImportPage(Shell shell, String maxMegabytes, List<String> columns, ImportResult result, String idempotencyKey) {
}
