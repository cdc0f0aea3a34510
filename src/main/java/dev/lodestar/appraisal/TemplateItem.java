package dev.lodestar.appraisal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A KPI of a template and its weight in whole percent. */
public record TemplateItem(@NotNull Long kpiId, @NotNull @Min(1) @Max(100) Integer weight) {
}
