package dev.lodestar.bench;

import java.util.Map;

/** The Markdown section of a {@code --health} run for docs/benchmarks.md, against issue 8's targets. */
final class HealthReport {

	/** Issue 8: a full recompute of all signals of 20,000 teams ≤ 60 s. */
	static final double RECOMPUTE_SECONDS = 60.0;

	/** Issue 8: after a check-in, the affected team's signals update within 50 ms. */
	static final double UPDATE_MILLIS = 50.0;

	/** Issue 8: the dashboard and a team page p50 ≤ 100 ms from stored results. */
	static final double READ_P50_MILLIS = 100.0;

	private HealthReport() {
	}

	static String markdown(String date, String machine, Options options, Map<String, String> database,
			HealthWorkload.Outcome o, long finalRssKib, String loadBefore, String loadAfter) {
		StringBuilder md = Report.runHeading("OKR health run", "--health", date, machine, options, database)
			.append(", one client on the same machine\n");
		md.append("- Load average (1, 5, 15 min) before the run: ").append(loadBefore).append("; after it: ").append(loadAfter)
			.append("\n");
		md.append("- Written in SQL in %.0f s: %s\n".formatted(o.seedSeconds(), o.seeded().toString().replaceAll("[{}]", "")));
		md.append("- Stored results after both recomputes: %,d rows (a row per team, signal and quarter)\n".formatted(o.storedRows()));
		md.append("\n| measured | count | p50 ms | p95 ms | max ms | target | met? |\n");
		md.append("|---|---:|---:|---:|---:|---|---|\n");
		md.append("| full recompute, current quarter (`POST /api/v1/health/recompute`) | %,d teams | %.0f | | | ≤ %.0f s | %s |\n"
			.formatted(o.teamsCurrent(), o.recomputeCurrentSeconds() * 1000, RECOMPUTE_SECONDS,
					met(o.recomputeCurrentSeconds() <= RECOMPUTE_SECONDS && o.teamsCurrent() > 0)));
		md.append("| full recompute, previous quarter | %,d teams | %.0f | | | ≤ %.0f s | %s |\n".formatted(o.teamsPrevious(),
				o.recomputePreviousSeconds() * 1000, RECOMPUTE_SECONDS,
				met(o.recomputePreviousSeconds() <= RECOMPUTE_SECONDS && o.teamsPrevious() > 0)));
		md.append(row("check-in answered (`POST …/check-ins`)", o.checkInAnswer(), "", null));
		md.append(row("check-in answered → the team's health stored again", o.afterAnswer(), "≤ %.0f ms".formatted(UPDATE_MILLIS),
				o.lateUpdates() == 0 && o.afterAnswer().percentileMillis(0.95) <= UPDATE_MILLIS));
		md.append(row("check-in sent → the team's health stored again", o.checkInToHealth(), "", null));
		o.reads().forEach((call, samples) -> md.append(row(call, samples, "p50 ≤ %.0f ms".formatted(READ_P50_MILLIS),
				samples.percentileMillis(0.50) <= READ_P50_MILLIS)));
		md.append("\nSQL statements per call (PostgreSQL's statement log): ");
		o.statements().forEach((call, count) -> md.append(call).append(" ").append(count.statements()).append("; "));
		md.append("App RSS after the run: ").append(Report.mib(finalRssKib)).append(" MiB. Errors: ").append(o.errors())
			.append(".\n");
		return md.toString();
	}

	private static String row(String what, Samples samples, String target, Boolean met) {
		return "| %s | %,d | %.1f | %.1f | %.1f | %s | %s |\n".formatted(what, samples.count(), samples.percentileMillis(0.50),
				samples.percentileMillis(0.95), samples.maxMillis(), target, met == null ? "" : met(met));
	}

	private static String met(boolean met) {
		return met ? "met" : "**not met**";
	}
}
