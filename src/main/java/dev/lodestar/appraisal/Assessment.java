package dev.lodestar.appraisal;

import java.time.Instant;

/**
 * The manager's written assessment of a person in a period. Version 0 means none is written yet; each save adds one,
 * so two leads writing at once cannot overwrite each other unseen.
 */
public record Assessment(String text, int version, Long writtenBy, Instant writtenAt) {

	static final Assessment NONE = new Assessment("", 0, null, null);

	public boolean written() {
		return version > 0;
	}
}
