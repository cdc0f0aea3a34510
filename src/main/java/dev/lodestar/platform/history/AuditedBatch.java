package dev.lodestar.platform.history;

import java.util.List;

/**
 * Many changes made by one command, e.g. an import of thousands of people: the history keeps every one of them,
 * as if each had been published alone, but writes them in one batch instead of one statement each.
 */
public interface AuditedBatch {

	List<AuditedChange> entries();
}
