package dev.lodestar.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The application jar as a child process: {@code java <JVM options> -jar lodestar.jar}, pointed at PostgreSQL. */
final class AppServer {

	static final String ADMIN_EMAIL = "admin@bench.lodestar.test";

	static final String ADMIN_PASSWORD = "bench-admin-password";

	/** What the README recommends for a small installation: a capped heap that starts small, the serial collector. */
	static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-Xms64m", "-XX:+UseSerialGC");

	private static final Duration START_LIMIT = Duration.ofMinutes(5);

	private static final Duration STOP_LIMIT = Duration.ofSeconds(60);

	private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	/** How a start went: the time to the first 200 of the health endpoint, and what Spring itself logged. */
	record Start(String label, long millisToHealthy, String springStarted, long rssKib) {
	}

	private final Process process;

	private final int port;

	private final Path log;

	private AppServer(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the jar and waits for {@code GET /actuator/health} to answer 200; the clock runs from just before
	 * the process is started.
	 */
	static AppServer start(String label, Path jar, List<String> jvmOptions, Database database, Path workDirectory, Path log,
			Starts starts)
			throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.add("--server.port=" + port);
		var builder = new ProcessBuilder(command).directory(workDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		var env = builder.environment();
		env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
		env.put("SPRING_DATASOURCE_USERNAME", Database.USER);
		env.put("SPRING_DATASOURCE_PASSWORD", "");
		env.put("LODESTAR_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL);
		env.put("LODESTAR_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);

		long begin = System.nanoTime();
		Process process = builder.start();
		AppServer server = new AppServer(process, port, log);
		starts.running(server);
		HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(10))
			.build();
		long deadline = begin + START_LIMIT.toNanos();
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The application ended during its start with exit code " + process.exitValue()
						+ "; the end of " + log + ":\n" + server.tail(40));
			}
			try {
				if (probe.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					break;
				}
			}
			catch (IOException notListeningYet) {
				// keep polling
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The application did not become healthy within " + START_LIMIT.toSeconds()
						+ " s; the end of " + log + ":\n" + server.tail(40));
			}
			Thread.sleep(20);
		}
		long millis = (System.nanoTime() - begin) / 1_000_000;
		starts.add(new Start(label, millis, server.springStarted(), server.rssKib()));
		return server;
	}

	int port() {
		return port;
	}

	long pid() {
		return process.pid();
	}

	long rssKib() {
		return Proc.rssKib(process.pid());
	}

	long cpuMillis() {
		return Proc.cpuMillis(process.pid());
	}

	boolean alive() {
		return process.isAlive();
	}

	/** Asks the application to stop (SIGTERM: a graceful shutdown), then forces it; returns the milliseconds taken. */
	synchronized long stop() throws InterruptedException {
		if (!process.isAlive()) {
			return 0;
		}
		long begin = System.nanoTime();
		process.destroy();
		if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
			System.out.println("The application did not stop within " + STOP_LIMIT.toSeconds() + " s; killing it");
			process.destroyForcibly();
			process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
		}
		return (System.nanoTime() - begin) / 1_000_000;
	}

	/** "Started LodestarApplication in X seconds (process running for Y)", as logged, or "?" */
	private String springStarted() {
		for (int attempt = 0; attempt < 50; attempt++) {
			try {
				Matcher started = STARTED.matcher(Files.readString(log));
				if (started.find()) {
					return started.group(1) + " s (process running for " + started.group(2) + " s)";
				}
				Thread.sleep(20);
			}
			catch (IOException | InterruptedException e) {
				break;
			}
		}
		return "?";
	}

	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | RuntimeException e) {
			return "(could not read " + log + ": " + e + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	/** Records the starts, and which server is running so that a shutdown hook can stop it. */
	static final class Starts {

		private final List<Start> all = new ArrayList<>();

		private volatile AppServer running;

		synchronized void add(Start start) {
			all.add(start);
		}

		synchronized List<Start> all() {
			return List.copyOf(all);
		}

		void running(AppServer server) {
			running = server;
		}

		AppServer running() {
			return running;
		}
	}
}
