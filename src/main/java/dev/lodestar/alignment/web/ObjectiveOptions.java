package dev.lodestar.alignment.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/** The asked team's objectives a proposed key result may join, as the options of the form's select. */
public record ObjectiveOptions(Shell shell, List<Option> objectives, String chosen) {
}
