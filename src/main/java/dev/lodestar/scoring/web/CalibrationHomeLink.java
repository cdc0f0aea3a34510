package dev.lodestar.scoring.web;

import dev.lodestar.platform.web.Shell;

/** The links the home page loads to what scoring keeps for the reader alone: their calibration, and who viewed their scores. */
public record CalibrationHomeLink(Shell shell) {
}
