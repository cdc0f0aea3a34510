package dev.lodestar.objectives;

/** Everyone in the organisation sees a public objective; a private one only its owner, named viewers and admins. */
public enum Visibility {
	PUBLIC, PRIVATE
}
