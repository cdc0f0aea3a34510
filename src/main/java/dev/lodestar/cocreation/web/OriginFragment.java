package dev.lodestar.cocreation.web;

import dev.lodestar.cocreation.ObjectiveOrigin;
import dev.lodestar.platform.web.Shell;

/** Loaded into an objective's page: the session it came out of and who proposed it, or nothing. */
public record OriginFragment(Shell shell, ObjectiveOrigin origin) {
}
