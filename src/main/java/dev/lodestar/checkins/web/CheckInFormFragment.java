package dev.lodestar.checkins.web;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** The inline check-in form of one key result, empty or with the messages of a refused attempt. */
public record CheckInFormFragment(Shell shell, KeyResult keyResult, CheckInForm form, FormErrors errors) {
}
