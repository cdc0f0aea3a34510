package dev.lodestar.cocreation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import dev.lodestar.objectives.Hint;

/**
 * An item on a board, with what the reader may know about it.
 *
 * @param votes everyone's dots on it, null until they are revealed
 * @param myVotes the reader's own dots on it
 * @param hints where its wording drifts from the method (numbers in an objective, an activity as a key result)
 * @param blocker why it cannot be adopted now, null when it can (or is adopted)
 * @param alignsTo the title of the objective or key result a link would support
 * @param askedTeamName the team a request asks
 * @param children a proposed objective's key results and links, a key result's requests
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BoardItem(SessionItem item, String proposerName, int plusOnes, boolean plusOnedByMe, Integer votes,
		int myVotes, List<Hint> hints, Blocker blocker, String alignsTo, String askedTeamName, List<ItemComment> comments,
		List<BoardItem> children) {

	public BoardItem {
		hints = List.copyOf(hints);
		comments = List.copyOf(comments);
		children = List.copyOf(children);
	}

	@JsonIgnore
	public List<BoardItem> keyResults() {
		return childrenOf(ItemKind.KEY_RESULT);
	}

	@JsonIgnore
	public List<BoardItem> links() {
		return childrenOf(ItemKind.LINK);
	}

	@JsonIgnore
	public List<BoardItem> requests() {
		return childrenOf(ItemKind.REQUEST);
	}

	private List<BoardItem> childrenOf(ItemKind kind) {
		return children.stream().filter(child -> child.item().kind() == kind).toList();
	}
}
