package dev.lodestar.alignment;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.lodestar.objectives.KeyResultKind;

/**
 * What the asked team would take on. An {@code OBJECTIVE} needs a title (and may say more); a {@code KEY_RESULT}
 * is measured like any key result ({@code kind}, {@code start}, {@code target}, {@code unit}) and names the asked
 * team's objective it would join. Its owner, if not named, is decided on acceptance: the asked team's person who
 * accepted, or who last proposed it.
 */
public record Proposal(@NotNull ContributionType type, @NotBlank @Size(max = 200) String title,
		@Size(max = 4000) String description, Long objectiveId, KeyResultKind kind,
		@Digits(integer = 15, fraction = 4) BigDecimal start, @Digits(integer = 15, fraction = 4) BigDecimal target,
		@Size(max = 30) String unit, Long ownerPersonId) {

	/** The same proposal, tidied: words stripped; an objective keeps no measure, a key result no description. */
	Proposal tidy() {
		boolean objective = type == ContributionType.OBJECTIVE;
		return new Proposal(type, title.strip(), objective && description != null ? description.strip() : "",
				objective ? null : objectiveId, objective ? null : kind, objective ? null : start,
				objective ? null : target, objective || unit == null || unit.isBlank() ? null : unit.strip(),
				objective ? null : ownerPersonId);
	}
}
