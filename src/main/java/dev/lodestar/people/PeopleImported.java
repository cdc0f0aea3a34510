package dev.lodestar.people;

import java.util.List;

import dev.lodestar.platform.history.AuditedBatch;
import dev.lodestar.platform.history.AuditedChange;

/**
 * An import registered people, formed teams and added members to existing teams: one entry per person and team,
 * as if each had been made by hand.
 */
public record PeopleImported(List<AuditedChange> entries) implements AuditedBatch {

	public PeopleImported {
		entries = List.copyOf(entries);
	}
}
