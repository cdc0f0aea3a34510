package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.Shell;

/** The link to the reader's own calibration that the home page loads. */
public record CalibrationHomeLink(Shell shell) {
}
