package dev.lodestar.platform.history;

import java.time.Instant;
import java.util.List;

/**
 * An event that the append-only history keeps: who changed what, when, which fields, old to new. Events
 * implement it; the history listens in the writer's own transaction, so a change and its record are
 * saved together or not at all.
 */
public interface AuditedChange {

	HistorySubject subject();

	/** {@code CREATED}, {@code UPDATED}, {@code DELETED} or {@code CHECKED_IN}. */
	String action();

	long actorId();

	Instant at();

	List<FieldChange> changes();
}
