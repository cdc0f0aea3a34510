package dev.lodestar.people.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** The first start: name the organisation and its first admin, or load the demo company. */
public record SetupPage(Shell shell, SetupForm form, FormErrors errors) {
}
