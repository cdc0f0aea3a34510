package dev.lodestar.cocreation;

/**
 * What an item of a session proposes. A key result belongs to a proposed objective; an alignment link says which
 * parent objective or key result a proposed objective supports; a request asks another team to contribute to a
 * proposed key result (left and right). Each becomes its real counterpart when the session finishes.
 */
public enum ItemKind {

	OBJECTIVE(null), KEY_RESULT(OBJECTIVE), LINK(OBJECTIVE), REQUEST(KEY_RESULT);

	private final ItemKind parentKind;

	ItemKind(ItemKind parentKind) {
		this.parentKind = parentKind;
	}

	/** The kind of item this one hangs under, or null for an objective. */
	public ItemKind parentKind() {
		return parentKind;
	}
}
