package dev.lodestar.appraisal.web;

import dev.lodestar.platform.web.Shell;

/** Why OKR scores never reach appraisal, and how Lodestar makes sure of it. */
public record PolicyPage(Shell shell) {
}
