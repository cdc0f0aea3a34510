package dev.lodestar.cocreation.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

public record TimerFragment(Shell shell, long sessionId, String minutes, FormErrors errors) {
}
