package dev.lodestar.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Changes a person. {@code version} is the one the caller read; {@code password} is optional (absent keeps
 * it). People change their own name, e-mail, language and password; only admins change admin, coach and active.
 * {@code coach} is optional: absent keeps it.
 */
public record PersonRevision(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
		@NotNull String locale, @NotNull Boolean admin, @NotNull Boolean active, @Size(min = 8, max = 200) String password,
		@NotNull Integer version, Boolean coach) {
}
