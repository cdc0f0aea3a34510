package dev.lodestar.cocreation;

/** What the session decided about an item: nothing yet, adopted, or dropped. Facilitators may change their mind. */
public enum ItemState {

	PROPOSED, ADOPTED, DROPPED
}
