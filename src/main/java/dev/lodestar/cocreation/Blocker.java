package dev.lodestar.cocreation;

/**
 * Why an item cannot be adopted now. The board shows it beside the item while it is proposed, and adopting it is
 * refused with the same words: the method's caps hold live, not only when the OKRs are saved.
 */
public enum Blocker {

	/** The team's objectives of the cycle and those adopted here fill the cap (5 by default). */
	OBJECTIVE_CAP("cocreation-objective-cap"),

	/** The objective has as many adopted key results as the cap allows (4 by default). */
	KEY_RESULT_CAP("cocreation-key-result-cap"),

	/** A key result or link waits for its objective, a request for its key result, to be adopted first. */
	PARENT_NOT_ADOPTED("cocreation-parent-not-adopted");

	private final String code;

	Blocker(String code) {
		this.code = code;
	}

	/** The problem's code; its words are {@code problem.<code>.detail}. */
	public String code() {
		return code;
	}

	public String messageKey() {
		return "problem." + code + ".detail";
	}
}
