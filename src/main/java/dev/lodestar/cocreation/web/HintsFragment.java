package dev.lodestar.cocreation.web;

import java.util.List;

import dev.lodestar.objectives.Hint;
import dev.lodestar.platform.web.Shell;

/** The wording hints of a proposal as it is typed. */
public record HintsFragment(Shell shell, List<Hint> hints) {
}
