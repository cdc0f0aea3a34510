package dev.lodestar.cocreation;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lodestar.objectives.KeyResultKind;

/**
 * Proposes an item. An {@code OBJECTIVE} needs its text (the title); a {@code KEY_RESULT} hangs under a proposed
 * objective ({@code parentItemId}) and is measured as any key result ({@code keyResultKind}, {@code start},
 * {@code target}, {@code unit}); a {@code LINK} hangs under a proposed objective and names the parent objective or
 * key result it would support, the text saying why; a {@code REQUEST} hangs under a proposed key result and names
 * the team asked ({@code askedTeamId}), the text saying what is asked.
 */
public record NewItem(@NotNull ItemKind kind, Long parentItemId, @NotBlank @Size(max = 200) String text,
		@Size(max = 4000) String description, KeyResultKind keyResultKind,
		@Digits(integer = 15, fraction = 4) BigDecimal start, @Digits(integer = 15, fraction = 4) BigDecimal target,
		@Size(max = 30) String unit, Long alignObjectiveId, Long alignKeyResultId, Long askedTeamId) {
}
