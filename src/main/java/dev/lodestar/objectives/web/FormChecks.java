package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/**
 * What a form says while it is filled in, swapped into the form's message spots: each field's messages, the
 * wording hints of the title, and (absent when it was not checked) the notice that explains a cap.
 */
public record FormChecks(Shell shell, List<FieldCheck> fields, String hintsId, List<String> hints, String noticeId,
		List<String> notice) {
}
