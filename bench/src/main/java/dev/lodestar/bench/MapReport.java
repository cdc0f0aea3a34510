package dev.lodestar.bench;

import java.util.Map;

/** The Markdown section of an {@code --org large} run: seeding, the reads against the targets, statements per call. */
final class MapReport {

	/** The targets (p50: whole cycle ≤ 150 ms, a team's neighbourhood ≤ 15 ms) are applied by phase name. */
	private MapReport() {
	}

	static String markdown(String date, String machine, Options options, LargeOrganisation org, Map<String, String> database,
			MapWorkload workload, Map<String, Long> census, long finalRssKib, String loadBefore, String loadAfter) {
		StringBuilder md = new StringBuilder();
		md.append("#### Alignment map run (`--org large --scale ").append(options.scale()).append("`), ").append(date).append("\n\n");
		md.append("- Machine: ").append(machine).append("\n");
		md.append("- PostgreSQL: ").append(database.getOrDefault("version()", "?").replaceAll(" on .*", ""))
			.append(" (embedded, zonky; synchronous_commit=").append(database.getOrDefault("synchronous_commit", "?"))
			.append(", fsync=").append(database.getOrDefault("fsync", "?")).append(")\n");
		md.append("- Application: `java ").append(String.join(" ", options.jvmOptions())).append(" -jar ")
			.append(options.app().getFileName()).append("`; client: ").append(options.clients())
			.append(" threads, HTTP/1.1 keep-alive, on the same machine\n");
		md.append("- Organisation: ").append(org.describe()).append("\n");
		md.append("- Rows after seeding: ").append(census).append("\n");
		md.append("- Seeding through the API, as an admin: ").append("%.1f s".formatted(workload.seedingSeconds())).append("\n");
		md.append("- Load average (1, 5, 15 min) before the run: ").append(loadBefore).append("; after the reads, their own load included: ")
			.append(loadAfter).append("\n");
		workload.answerShapes().forEach((what, shape) -> md.append("- ").append(what).append(" answer (admin for the map, member for coverage): ")
			.append(shape).append("\n"));
		workload.notMeasured().forEach(missing -> md.append("- **Not measured**: ").append(missing).append("\n"));

		md.append("\n| phase | requests | errors | wall s | req/s | p50 ms | p90 ms | p99 ms | max ms | app CPU ms/req | db CPU ms/req | KiB/answer | target p50 |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (Phase phase : workload.phases()) {
			if (!phase.measured) {
				continue;
			}
			Double target = phase.name.startsWith("map: whole cycle") ? Double.valueOf(150.0)
					: phase.name.startsWith("map: neighbourhood") || phase.name.startsWith("map: team neighbourhood") ? Double.valueOf(15.0) : null;
			String verdict = target == null ? "" : "≤ %.0f ms: %s".formatted(target,
					phase.percentileMillis(0.50) <= target ? "met" : "**not met**");
			md.append("| %s | %,d | %d | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %s |\n".formatted(phase.name,
					phase.count, phase.errors(), phase.wallSeconds(), phase.throughput(), phase.percentileMillis(0.50),
					phase.percentileMillis(0.90), phase.percentileMillis(0.99), phase.maxMillis(), phase.appCpuPerRequest(),
					phase.dbCpuPerRequest(), phase.averageKib(), verdict));
		}
		if (!workload.statements().isEmpty()) {
			md.append("\n| one call | SQL statements | transaction control, connection checks |\n|---|---:|---:|\n");
			workload.statements().forEach((call, count) -> md.append("| %s | %d | %d |\n".formatted(call, count.statements(),
					count.transactionControl())));
		}
		md.append("\nApp RSS after the reads: ").append(Report.mib(finalRssKib)).append(" MiB. The reads followed ")
			.append("%,d".formatted(options.warmup()))
			.append(" warm-up reads (the kinds in turn), not in the table. Statements are counted from PostgreSQL's log with "
					+ "log_statement=all for one call (the fewest of three), the token lookup included.\n");
		return md.toString();
	}
}
