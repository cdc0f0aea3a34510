package dev.lodestar.appraisal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Defines a template: for a person ({@code personId}) or for the leads or members of a team ({@code teamId}). At most
 * {@value AppraisalTemplates#MAX_ITEMS} KPIs, each once, with whole-percent weights summing to exactly 100.
 */
public record NewTemplate(@NotBlank @Size(max = 100) String name, @NotNull AppliesTo appliesTo, Long personId, Long teamId,
		@NotNull @Size(min = 1, max = AppraisalTemplates.MAX_ITEMS) List<@NotNull @Valid TemplateItem> items) {
}
