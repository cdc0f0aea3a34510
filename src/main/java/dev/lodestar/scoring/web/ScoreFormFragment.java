package dev.lodestar.scoring.web;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** The score form of one key result, filled with its current score or with the messages of a refused attempt. */
public record ScoreFormFragment(Shell shell, KeyResult keyResult, ScoreForm form, FormErrors errors) {
}
