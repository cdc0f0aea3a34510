package dev.lodestar.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the phases as they end, and everything as a Markdown section for docs/benchmarks.md at the end. */
final class Report {

	private Report() {
	}

	static String machine() {
		long memory = -1;
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			memory = os.getTotalMemorySize();
		}
		return "%d cores (%s), %s RAM; %s; %s %s (%s)".formatted(Runtime.getRuntime().availableProcessors(), cpuModel(),
				memory < 0 ? "?" : "%.1f GiB".formatted(memory / 1024.0 / 1024 / 1024), operatingSystem(),
				System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("java.vendor"));
	}

	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (Exception e) {
			return "?";
		}
	}

	static String header() {
		return "%-30s %7s %6s %8s %8s %8s %8s %8s %8s %9s %9s %8s %8s".formatted("phase", "count", "errors", "wall s", "req/s",
				"p50 ms", "p95 ms", "p99 ms", "max ms", "app CPU", "db CPU", "avg KiB", "RSS MiB")
				+ "\n" + "%-30s %7s %6s %8s %8s %8s %8s %8s %8s %9s %9s %8s %8s".formatted("", "", "", "", "", "", "", "", "",
						"ms/req", "ms/req", "/answer", "(app)");
	}

	static String line(Phase phase) {
		StringBuilder out = new StringBuilder("%-30s %7d %6d %8.2f %8.1f %8.1f %8.1f %8.1f %8.1f %9.2f %9.2f %8.1f %8s".formatted(
				phase.name, phase.count, phase.errors(), phase.wallSeconds(), phase.throughput(), phase.percentileMillis(0.50),
				phase.percentileMillis(0.95), phase.percentileMillis(0.99), phase.maxMillis(), phase.appCpuPerRequest(),
				phase.dbCpuPerRequest(), phase.averageKib(), mib(phase.rssKib)));
		for (String error : phase.firstErrors()) {
			out.append("\n    error: ").append(error);
		}
		if (phase.errors() > Phase.ERRORS_SHOWN) {
			out.append("\n    … and ").append(phase.errors() - Phase.ERRORS_SHOWN).append(" more errors");
		}
		return out.toString();
	}

	static String markdown(String date, String machine, Options options, Workload.Plan plan, Map<String, String> database,
			List<AppServer.Start> starts, List<Phase> phases, long finalRssKib, String loadBefore, String loadAfter) {
		StringBuilder md = new StringBuilder();
		md.append("### Workload benchmark, ").append(date).append("\n\n");
		md.append("- Machine: ").append(machine).append("\n");
		md.append("- PostgreSQL: ").append(database.getOrDefault("version()", "?").replaceAll(" on .*", ""))
			.append(" (embedded, zonky; synchronous_commit=").append(database.getOrDefault("synchronous_commit", "?"))
			.append(", fsync=").append(database.getOrDefault("fsync", "?"))
			.append(", shared_buffers=").append(database.getOrDefault("shared_buffers", "?")).append(")\n");
		md.append("- Application: `java ").append(String.join(" ", options.jvmOptions())).append(" -jar ")
			.append(options.app().getFileName()).append("`, on the same machine as PostgreSQL and the client\n");
		md.append("- Client: ").append(options.clients()).append(" threads, HTTP/1.1 keep-alive, scale ")
			.append(options.scale()).append(": ").append(plan.describe()).append("\n");
		md.append("- Load average (1, 5, 15 min) before the run: ").append(loadBefore).append("; after the workload, its own load included: ")
			.append(loadAfter).append("\n\n");

		md.append("| start | to first 200 of /actuator/health | Spring's \"Started … in\" | app RSS after start |\n");
		md.append("|---|---:|---|---:|\n");
		for (AppServer.Start start : starts) {
			md.append("| ").append(start.label()).append(" | ").append("%.2f s".formatted(start.millisToHealthy() / 1000.0))
				.append(" | ").append(start.springStarted()).append(" | ").append(mib(start.rssKib())).append(" MiB |\n");
		}
		md.append("\n| phase | requests | errors | wall s | req/s | p50 ms | p95 ms | p99 ms | max ms | app CPU ms/req | db CPU ms/req | KiB/answer | app RSS MiB |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		int warmup = 0;
		for (Phase phase : phases) {
			if (!phase.measured) {
				warmup += phase.count;
				continue;
			}
			md.append("| %s | %,d | %d | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %s |\n".formatted(phase.name,
					phase.count, phase.errors(), phase.wallSeconds(), phase.throughput(), phase.percentileMillis(0.50),
					phase.percentileMillis(0.95), phase.percentileMillis(0.99), phase.maxMillis(), phase.appCpuPerRequest(),
					phase.dbCpuPerRequest(), phase.averageKib(), mib(phase.rssKib)));
		}
		md.append("\nApp RSS after the whole workload: ").append(mib(finalRssKib)).append(" MiB. ");
		if (warmup > 0) {
			md.append("The read phases followed ").append("%,d".formatted(warmup))
				.append(" warm-up reads (the four kinds in turn), which are not in the table. ");
		}
		md.append("Latency is measured by the client around each request (System.nanoTime), so it includes queueing in the "
				+ "client's connection pool; CPU is the app's and PostgreSQL's user+system time from /proc during the phase, "
				+ "divided by its requests. Client, app and database share the machine's cores.\n");
		return md.toString();
	}

	/**
	 * The opening of a run's Markdown section: its title with the options that shape it, the machine, PostgreSQL and
	 * the application's command line (the caller adds who drives it).
	 */
	static StringBuilder runHeading(String title, String flag, String date, String machine, Options options,
			Map<String, String> database) {
		StringBuilder md = new StringBuilder("#### ").append(title).append(" (`").append(flag);
		if (options.scale() != 1.0) {
			md.append(" --scale ").append(options.scale());
		}
		md.append("`), ").append(date).append("\n\n");
		md.append("- Machine: ").append(machine).append("\n");
		md.append("- PostgreSQL: ").append(database.getOrDefault("version()", "?").replaceAll(" on .*", ""))
			.append(" (embedded, zonky; synchronous_commit=").append(database.getOrDefault("synchronous_commit", "?"))
			.append(", fsync=").append(database.getOrDefault("fsync", "?")).append(")\n");
		md.append("- Application: `java ").append(String.join(" ", options.jvmOptions())).append(" -jar ")
			.append(options.app().getFileName()).append("`");
		return md;
	}

	static String mib(long kib) {
		return kib < 0 ? "?" : String.format(Locale.ROOT, "%.0f", kib / 1024.0);
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(line -> line.startsWith("model name"))
				.map(line -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("?");
		}
		catch (Exception e) {
			return "?";
		}
	}

	private static String operatingSystem() {
		String distribution = "";
		try {
			distribution = Files.readAllLines(Path.of("/etc/os-release"))
				.stream()
				.filter(line -> line.startsWith("PRETTY_NAME="))
				.map(line -> line.substring(12).replace("\"", "") + ", ")
				.findFirst()
				.orElse("");
		}
		catch (Exception ignored) {
			// not every system has it
		}
		return distribution + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch");
	}
}
