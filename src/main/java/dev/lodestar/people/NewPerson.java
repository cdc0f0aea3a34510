package dev.lodestar.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Registers a person; {@code locale} defaults to {@code en}, {@code admin} to false. */
public record NewPerson(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
		@NotNull @Size(min = 8, max = 200) String password, String locale, Boolean admin) {
}
