package dev.lodestar.pulse.web;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.pulse.CurrentPulse;

/** The home page's line about the open pulse; {@code current} is null while none is open. */
public record PulseNotice(Shell shell, CurrentPulse current) {
}
