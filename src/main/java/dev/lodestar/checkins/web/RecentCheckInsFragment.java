package dev.lodestar.checkins.web;

import java.util.List;

import dev.lodestar.checkins.RecentCheckIn;
import dev.lodestar.platform.web.Shell;

/** Someone's latest check-ins on a person's page. */
public record RecentCheckInsFragment(Shell shell, List<RecentCheckIn> checkIns) {
}
