package dev.lodestar.cocreation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an item may be adopted, given everything else the session adopted and the objectives the team already has
 * in the cycle. What finishing turns into OKRs must fit the caps, so they are checked at every adoption.
 *
 * @param existingObjectives the team's objectives of the cycle made outside this session
 */
record AdoptionRules(int maxObjectives, int maxKeyResults, int existingObjectives) {

	/** Why the item may not be adopted now, if it may not. */
	Optional<Blocker> blockerOf(SessionItem item, List<SessionItem> items) {
		return Optional.ofNullable(blockersOf(items).get(item.id()));
	}

	/**
	 * Why each item of a session that may not be adopted now may not, counted in one pass over the items: a board of
	 * many proposals asks once, not once per item.
	 */
	Map<Long, Blocker> blockersOf(List<SessionItem> items) {
		Map<Long, SessionItem> byId = new HashMap<>();
		Map<Long, Integer> adoptedKeyResults = new HashMap<>();
		int adoptedObjectives = 0;
		for (SessionItem item : items) {
			byId.put(item.id(), item);
			if (adopted(item) && item.kind() == ItemKind.OBJECTIVE) {
				adoptedObjectives++;
			}
			if (adopted(item) && item.kind() == ItemKind.KEY_RESULT) {
				adoptedKeyResults.merge(item.parentItemId(), 1, Integer::sum);
			}
		}
		boolean objectivesFull = existingObjectives + adoptedObjectives >= maxObjectives;
		Map<Long, Blocker> blockers = new HashMap<>();
		for (SessionItem item : items) {
			if (adopted(item)) {
				continue;
			}
			if (item.kind() == ItemKind.OBJECTIVE) {
				if (objectivesFull) {
					blockers.put(item.id(), Blocker.OBJECTIVE_CAP);
				}
				continue;
			}
			SessionItem parent = byId.get(item.parentItemId());
			if (parent == null || !adopted(parent)) {
				blockers.put(item.id(), Blocker.PARENT_NOT_ADOPTED);
			}
			else if (item.kind() == ItemKind.KEY_RESULT
					&& adoptedKeyResults.getOrDefault(item.parentItemId(), 0) >= maxKeyResults) {
				blockers.put(item.id(), Blocker.KEY_RESULT_CAP);
			}
		}
		return blockers;
	}

	/**
	 * Whether finishing turns the item into its real counterpart: it is adopted, and so is everything it hangs under
	 * (a key result of a dropped objective becomes nothing).
	 */
	static boolean carried(SessionItem item, Map<Long, SessionItem> byId) {
		SessionItem current = item;
		while (current != null) {
			if (!adopted(current)) {
				return false;
			}
			current = current.parentItemId() == null ? null : byId.get(current.parentItemId());
		}
		return true;
	}

	private static boolean adopted(SessionItem item) {
		return item.state() == ItemState.ADOPTED;
	}
}
