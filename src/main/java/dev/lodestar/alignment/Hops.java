package dev.lodestar.alignment;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One step across links from a set of objectives: up or down the vertical links, or sideways across the links
 * agreed in contribution requests. A neighbourhood is walked with these, one query of links per step.
 */
final class Hops {

	private Hops() {
	}

	/** The objectives that these support through vertical links. */
	static Set<Long> up(Collection<Long> from, Collection<AlignmentLink> links) {
		Set<Long> found = new LinkedHashSet<>();
		links.stream()
			.filter(link -> !link.fromContributionRequest() && from.contains(link.childObjectiveId()))
			.forEach(link -> found.add(link.parentObjectiveId()));
		return found;
	}

	/** The objectives that support these through vertical links. */
	static Set<Long> down(Collection<Long> from, Collection<AlignmentLink> links) {
		Set<Long> found = new LinkedHashSet<>();
		links.stream()
			.filter(link -> !link.fromContributionRequest() && from.contains(link.parentObjectiveId()))
			.forEach(link -> found.add(link.childObjectiveId()));
		return found;
	}

	/** The objectives at the other end of a contribution agreed with these, in either direction. */
	static Set<Long> sideways(Collection<Long> from, Collection<AlignmentLink> links) {
		Set<Long> found = new LinkedHashSet<>();
		for (AlignmentLink link : links) {
			if (!link.fromContributionRequest()) {
				continue;
			}
			if (from.contains(link.childObjectiveId())) {
				found.add(link.parentObjectiveId());
			}
			if (from.contains(link.parentObjectiveId())) {
				found.add(link.childObjectiveId());
			}
		}
		return found;
	}

	/** Every objective at the other end of a link from these. */
	static Set<Long> around(Collection<Long> from, Collection<AlignmentLink> links) {
		Set<Long> found = new LinkedHashSet<>();
		for (AlignmentLink link : links) {
			if (from.contains(link.childObjectiveId())) {
				found.add(link.parentObjectiveId());
			}
			if (from.contains(link.parentObjectiveId())) {
				found.add(link.childObjectiveId());
			}
		}
		found.removeAll(from);
		return found;
	}
}
