package dev.lodestar.cocreation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The facilitator's timer: it rings on everyone's board after so many minutes. */
public record TimerSetting(@NotNull @Min(1) @Max(120) Integer minutes) {
}
