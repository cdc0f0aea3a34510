package dev.lodestar.cocreation.web;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

public record CommentFragment(Shell shell, long sessionId, long itemId, CommentForm form, FormErrors errors) {
}
