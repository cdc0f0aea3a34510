package dev.lodestar.showcase.web;

import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.showcase.ShowcaseExample;

/** The nominations waiting for a coach, each with its accept and decline forms. */
public record NominationsPage(Shell shell, List<ShowcaseExample> nominations, String notice, FormErrors errors) {
}
