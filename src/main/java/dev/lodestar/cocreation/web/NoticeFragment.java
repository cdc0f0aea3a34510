package dev.lodestar.cocreation.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;

/** Why a quick action (a +1, a dot, a step of the session) was refused, shown above the board. */
public record NoticeFragment(Shell shell, List<String> messages) {
}
