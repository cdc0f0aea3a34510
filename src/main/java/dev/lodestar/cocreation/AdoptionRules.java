package dev.lodestar.cocreation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether an item may be adopted, given everything else the session adopted and the objectives the team already has
 * in the cycle. What finishing turns into OKRs must fit the caps, so they are checked at every adoption.
 *
 * @param existingObjectives the team's objectives of the cycle made outside this session
 */
record AdoptionRules(int maxObjectives, int maxKeyResults, int existingObjectives) {

	Optional<Blocker> blockerOf(SessionItem item, List<SessionItem> items) {
		if (item.state() == ItemState.ADOPTED) {
			return Optional.empty();
		}
		Map<Long, SessionItem> byId = items.stream().collect(Collectors.toMap(SessionItem::id, Function.identity()));
		if (item.kind() == ItemKind.OBJECTIVE) {
			long adopted = items.stream().filter(other -> other.kind() == ItemKind.OBJECTIVE && adopted(other)).count();
			return existingObjectives + adopted >= maxObjectives ? Optional.of(Blocker.OBJECTIVE_CAP) : Optional.empty();
		}
		SessionItem parent = byId.get(item.parentItemId());
		if (parent == null || !adopted(parent)) {
			return Optional.of(Blocker.PARENT_NOT_ADOPTED);
		}
		if (item.kind() == ItemKind.KEY_RESULT) {
			long adopted = items.stream()
				.filter(other -> other.kind() == ItemKind.KEY_RESULT && item.parentItemId().equals(other.parentItemId())
						&& adopted(other))
				.count();
			return adopted >= maxKeyResults ? Optional.of(Blocker.KEY_RESULT_CAP) : Optional.empty();
		}
		return Optional.empty();
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
