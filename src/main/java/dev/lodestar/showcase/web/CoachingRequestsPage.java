package dev.lodestar.showcase.web;

import java.util.List;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.showcase.CoachingRequest;

/** The teams that asked the coaches for help and wait for it, the oldest first. */
public record CoachingRequestsPage(Shell shell, List<CoachingRequest> requests, String notice) {
}
