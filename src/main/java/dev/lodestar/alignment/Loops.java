package dev.lodestar.alignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a new link would close a loop: an objective supporting, however indirectly, itself. Links point from
 * child to parent, so {@code child → parent} closes a loop exactly when the child is already reachable upward from
 * the parent; the path found is what the refusal shows.
 */
final class Loops {

	/** A link as the check sees it. */
	record Edge(long child, long parent) {
	}

	private Loops() {
	}

	/**
	 * The loop that {@code child → parent} would close, from the child round to the child again, or empty.
	 *
	 * @param upward links reachable upward from the parent (more do no harm)
	 */
	static Optional<List<Long>> closedBy(long child, long parent, Collection<Edge> upward) {
		if (child == parent) {
			return Optional.of(List.of(child, child));
		}
		Map<Long, List<Long>> parentsOf = new HashMap<>();
		upward.forEach(edge -> parentsOf.computeIfAbsent(edge.child(), id -> new ArrayList<>()).add(edge.parent()));
		// Breadth first from the parent, remembering how each objective was reached, so the path shown is a shortest.
		Map<Long, Long> reachedFrom = new HashMap<>();
		reachedFrom.put(parent, null);
		Deque<Long> frontier = new ArrayDeque<>(List.of(parent));
		while (!frontier.isEmpty()) {
			long current = frontier.removeFirst();
			for (long next : parentsOf.getOrDefault(current, List.of())) {
				if (reachedFrom.containsKey(next)) {
					continue;
				}
				reachedFrom.put(next, current);
				if (next == child) {
					return Optional.of(pathTo(child, reachedFrom));
				}
				frontier.addLast(next);
			}
		}
		return Optional.empty();
	}

	private static List<Long> pathTo(long child, Map<Long, Long> reachedFrom) {
		List<Long> path = new ArrayList<>();
		for (Long step = child; step != null; step = reachedFrom.get(step)) {
			path.add(0, step);
		}
		// The new link leads from the child to the parent, and the existing ones back up to the child.
		List<Long> loop = new ArrayList<>(List.of(child));
		loop.addAll(path);
		return loop;
	}
}
