package dev.lodestar.people.web;

import java.util.List;

import dev.lodestar.people.ImportError;
import dev.lodestar.people.ImportPreview;
import dev.lodestar.people.ImportSummary;
import dev.lodestar.platform.web.Shell;

/**
 * What became of an uploaded file: its preview when it is clean, what was imported, or why it was refused, as
 * the bad rows of the file and messages about the file as a whole.
 *
 * @param nextKey a fresh idempotency key once a file was imported, so the next file counts as a new import
 */
public record ImportResult(Shell shell, ImportPreview preview, ImportSummary imported, List<ImportError> rows,
		List<String> messages, String nextKey) {

	/** How many people a preview lists; the count covers the rest. */
	public static final int PEOPLE_SHOWN = 20;

	public ImportResult {
		rows = List.copyOf(rows);
		messages = List.copyOf(messages);
	}

	static ImportResult nothing(Shell shell) {
		return new ImportResult(shell, null, null, List.of(), List.of(), null);
	}

	public boolean refused() {
		return !rows.isEmpty() || !messages.isEmpty();
	}

	/** The message of a bad row in the reader's words. */
	public String reason(ImportError error) {
		return shell.t().m(error.messageKey(), error.args());
	}
}
