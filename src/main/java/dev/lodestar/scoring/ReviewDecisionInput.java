package dev.lodestar.scoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision to record: its text, and the key result of the board it is about, if any. */
public record ReviewDecisionInput(Long keyResultId, @NotBlank @Size(max = 1000) String text) {
}
