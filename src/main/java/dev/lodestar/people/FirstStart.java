package dev.lodestar.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the first start asks for: the organisation's name and its first admin. */
public record FirstStart(@NotBlank @Size(max = 200) String organisation, @NotBlank @Size(max = 200) String name,
		@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(min = 8, max = 200) String password) {
}
