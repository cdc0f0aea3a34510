package dev.lodestar.health;

/** What a piece of evidence points to. */
public enum EvidenceKind {

	OBJECTIVE, KEY_RESULT, PERSON,

	/** A contribution request between teams. */
	REQUEST,

	/** An objective or key result proposed in a co-creation session. */
	PROPOSAL
}
