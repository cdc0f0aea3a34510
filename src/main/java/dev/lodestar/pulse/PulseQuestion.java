package dev.lodestar.pulse;

import java.util.Arrays;
import java.util.List;

/**
 * The questions of every pulse, fixed in code so that cycles compare: three per need, each answered from 1 (not at
 * all) to 5 (fully). Their words are in the messages, in both languages.
 */
public enum PulseQuestion {

	AUTONOMY_CHOOSE(Need.AUTONOMY), AUTONOMY_SAY(Need.AUTONOMY), AUTONOMY_HOW(Need.AUTONOMY),
	COMPETENCE_PROGRESS(Need.COMPETENCE), COMPETENCE_STRETCH(Need.COMPETENCE), COMPETENCE_FEEDBACK(Need.COMPETENCE),
	RELATEDNESS_TEAM(Need.RELATEDNESS), RELATEDNESS_PURPOSE(Need.RELATEDNESS), RELATEDNESS_HELP(Need.RELATEDNESS);

	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	private final Need need;

	PulseQuestion(Need need) {
		this.need = need;
	}

	public Need need() {
		return need;
	}

	public String messageKey() {
		return "pulse.question." + name();
	}

	public static List<PulseQuestion> of(Need need) {
		return Arrays.stream(values()).filter(question -> question.need == need).toList();
	}
}
