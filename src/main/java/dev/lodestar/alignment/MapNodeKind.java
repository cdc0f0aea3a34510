package dev.lodestar.alignment;

/** What a box in the alignment map stands for. */
public enum MapNodeKind {
	TEAM, PERSON, OBJECTIVE
}
