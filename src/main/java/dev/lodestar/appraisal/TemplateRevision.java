package dev.lodestar.appraisal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changes a template, whom it applies to included; {@code version} is the one the caller read. */
public record TemplateRevision(@NotBlank @Size(max = 100) String name, @NotNull AppliesTo appliesTo, Long personId,
		Long teamId, @NotNull @Size(min = 1, max = AppraisalTemplates.MAX_ITEMS) List<@NotNull @Valid TemplateItem> items,
		@NotNull Integer version) {

	NewTemplate definition() {
		return new NewTemplate(name, appliesTo, personId, teamId, items);
	}
}
