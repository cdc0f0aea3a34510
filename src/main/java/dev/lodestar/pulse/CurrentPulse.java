package dev.lodestar.pulse;

import java.util.List;

/**
 * The open pulse as one person sees it: whether they answered already and the questions in their language.
 */
public record CurrentPulse(Pulse pulse, boolean answered, List<QuestionText> questions) {

	/** A question's name (the key of an answer), its need and its words. */
	public record QuestionText(PulseQuestion question, Need need, String text) {
	}
}
