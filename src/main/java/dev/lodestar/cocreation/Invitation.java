package dev.lodestar.cocreation;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Invites more people, usually of neighbouring teams, to a running session. */
public record Invitation(@NotEmpty @Size(max = 50) List<@NotNull Long> personIds) {
}
