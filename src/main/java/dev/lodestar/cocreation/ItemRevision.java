package dev.lodestar.cocreation;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lodestar.objectives.KeyResultKind;

/**
 * Changes an item's words (and a key result's measure) as of the version read: when someone else changed it since,
 * the change is refused with the text as it now reads, never applied over theirs.
 */
public record ItemRevision(@NotBlank @Size(max = 200) String text, @Size(max = 4000) String description,
		KeyResultKind keyResultKind, @Digits(integer = 15, fraction = 4) BigDecimal start,
		@Digits(integer = 15, fraction = 4) BigDecimal target, @Size(max = 30) String unit, @NotNull Integer version) {
}
