package dev.lodestar.showcase;

/** A coach's addition is accepted at once; anyone else's waits as a nomination until a coach decides. */
public enum ShowcaseState {

	NOMINATED, ACCEPTED, DECLINED
}
