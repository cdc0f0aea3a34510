package dev.lodestar.cocreation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewItemComment(@NotBlank @Size(max = 1000) String text) {
}
