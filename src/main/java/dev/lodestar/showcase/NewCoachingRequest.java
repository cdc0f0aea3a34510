package dev.lodestar.showcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team's lead asks the coaches for help, saying with what. */
public record NewCoachingRequest(@NotBlank @Size(max = 500) String note) {
}
