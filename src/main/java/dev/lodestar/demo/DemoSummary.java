package dev.lodestar.demo;

import java.time.Duration;

/** What the demo loaded, and how long it took. */
public record DemoSummary(long activeCycleId, int people, int teams, int objectives, int keyResults, int checkIns,
		int kpis, Duration took) {
}
