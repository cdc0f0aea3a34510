package dev.lodestar.people;

import jakarta.validation.constraints.NotNull;

/**
 * How people may sign in beyond e-mail and password: whether company sign-in creates a person for someone the
 * company's provider vouches for but no person's e-mail matches. {@code version} is the one the caller read.
 */
public record SignInPolicy(@NotNull Boolean createOnFirstSignIn, @NotNull Integer version) {
}
