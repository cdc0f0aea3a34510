package dev.lodestar.alignment.web;

import java.util.List;

/** An objective the reader may align to, with its key results as choices of their own. */
public record ParentOption(long objectiveId, String title, String ownerName, String cycleName, boolean draft,
		List<Choice> keyResults) {

	/** One key result to choose instead of the whole objective. */
	public record Choice(long id, String title) {
	}

	public String value() {
		return AlignmentForm.OBJECTIVE + objectiveId;
	}

	public static String keyResultValue(Choice keyResult) {
		return AlignmentForm.KEY_RESULT + keyResult.id();
	}
}
