package dev.lodestar.alignment.web;

import dev.lodestar.alignment.AlignmentLinkRevision;

/** The roll-up switch of one link: the state asked for, from the version the page showed. */
public record RollUpForm(Boolean rollUp, Integer version) {

	AlignmentLinkRevision toRevision() {
		return new AlignmentLinkRevision(rollUp, version);
	}
}
