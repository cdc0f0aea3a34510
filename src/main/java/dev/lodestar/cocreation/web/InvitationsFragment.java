package dev.lodestar.cocreation.web;

import java.util.List;
import java.util.Map;

import dev.lodestar.cocreation.CoCreationSession;
import dev.lodestar.platform.web.Shell;

/** Loaded into the home page: sessions of other teams the reader was invited to. */
public record InvitationsFragment(Shell shell, List<CoCreationSession> sessions, Map<Long, String> teamNames) {
}
