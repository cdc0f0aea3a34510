package dev.lodestar.appraisal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Writes or rewrites an assessment; {@code version} is the one the caller read, 0 when none was written yet. */
public record AssessmentRevision(@NotNull @Size(max = 4000) String assessment, @NotNull Integer version) {
}
