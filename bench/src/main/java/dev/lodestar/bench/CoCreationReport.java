package dev.lodestar.bench;

import java.util.Map;

/** What a {@code --cocreation} run printed and the Markdown section for docs/benchmarks.md, against issue 7's target. */
final class CoCreationReport {

	/** Issue 7: with 30 participants editing at once, updates reach everyone with p95 ≤ 300 ms. */
	static final double TARGET_P95_MILLIS = 300.0;

	private CoCreationReport() {
	}

	static String summary(CoCreationWorkload.Outcome o) {
		Phase phase = o.phase();
		double appCpu = phase.appCpuMillis;
		double dbCpu = phase.dbCpuMillis;
		StringBuilder out = new StringBuilder();
		out.append("co-creation, %d measured rounds of %d writes at once (after %d warm-up rounds):%n".formatted(o.rounds(),
				CoCreationWorkload.PARTICIPANTS, o.warmupRounds()));
		out.append("  writes:        %,d sent; written %s; %,d refused as changed meanwhile (409, expected); %,d errors%n"
			.formatted(o.writes(), written(o.written()), o.refusedChanged(), o.writeErrors()));
		out.append("  write latency (written): %s%n".formatted(o.writeLatency().summary()));
		out.append("  update reaches another participant's board, %,d (write, participant) pairs: %s; %,d not within 10 s%n"
			.formatted(o.pairs(), o.propagation().summary(), o.pairsLate()));
		out.append("  target p95 ≤ %.0f ms: %s%n".formatted(TARGET_P95_MILLIS, verdict(o)));
		out.append("  board fetches: %,d on %,d signals (%.1f per participant per round); fetch latency %s; %,d errors; board %.0f KiB at the end (%d objectives, %,d comments)%n"
			.formatted(o.fetches(), o.signals(), o.fetches() / (double) CoCreationWorkload.PARTICIPANTS / o.rounds(),
					o.fetchLatency().summary(), o.fetchErrors(), o.boardKib(), o.boardObjectives(), o.boardComments()));
		out.append("  event streams: %d broken%n".formatted(o.streamErrors()));
		out.append("  CPU during the measured rounds (%.1f s wall, pauses included): app %.1f s, PostgreSQL %.1f s; per board fetch app %.1f ms, PostgreSQL %.1f ms"
			.formatted(phase.wallSeconds(), appCpu / 1000, dbCpu / 1000, appCpu / o.fetches(), dbCpu / o.fetches()));
		out.append("%n  the driver %.1f s; the whole machine busy %.1f s of %.1f s (2 cores), so %.1f s by anything else"
			.formatted(o.driverCpuMillis() / 1000.0, o.machineBusyMillis() / 1000.0,
					phase.wallSeconds() * Runtime.getRuntime().availableProcessors(), o.otherCpuMillis() / 1000.0));
		return out.toString();
	}

	static String markdown(String date, String machine, Options options, Map<String, String> database,
			CoCreationWorkload.Outcome o, long finalRssKib, String loadBefore, String loadAfter) {
		Phase phase = o.phase();
		StringBuilder md = Report.runHeading("Co-creation run", "--cocreation", date, machine, options, database);
		md.append("; ").append(CoCreationWorkload.PARTICIPANTS)
			.append(" participants, each with its own event stream and HTTP/1.1 keep-alive connections, on the same machine\n");
		md.append("- Load average (1, 5, 15 min) before the run: ").append(loadBefore)
			.append("; after the rounds, their own load included: ").append(loadAfter).append("\n");
		md.append("- Rounds: %d measured (after %d warm-up rounds), each %d writes released at once by a barrier; written %s; %,d refused as changed meanwhile (409 `cocreation-item-changed`, expected); %,d write errors\n"
			.formatted(o.rounds(), o.warmupRounds(), CoCreationWorkload.PARTICIPANTS, written(o.written()), o.refusedChanged(),
					o.writeErrors()));
		md.append("- Board at the end: %d objectives, %,d comments, %.0f KiB of JSON\n".formatted(o.boardObjectives(),
				o.boardComments(), o.boardKib()));
		md.append("\n| measured | count | p50 ms | p95 ms | p99 ms | max ms | target | met? |\n");
		md.append("|---|---:|---:|---:|---:|---:|---|---|\n");
		md.append("| update reaches another participant's board (write sent → that participant's fetched board shows it) | %,d pairs (%,d not within 10 s) | %.1f | %.1f | %.1f | %.1f | p95 ≤ %.0f ms | %s |\n"
			.formatted(o.pairs(), o.pairsLate(), o.propagation().percentileMillis(0.50), o.propagation().percentileMillis(0.95),
					o.propagation().percentileMillis(0.99), o.propagation().maxMillis(), TARGET_P95_MILLIS, verdict(o)));
		md.append("| write (propose, comment, edit), written | %,d | %.1f | %.1f | %.1f | %.1f | | |\n".formatted(
				o.writeLatency().count(), o.writeLatency().percentileMillis(0.50), o.writeLatency().percentileMillis(0.95),
				o.writeLatency().percentileMillis(0.99), o.writeLatency().maxMillis()));
		md.append("| board fetch (on a signal, coalesced) | %,d (%,d signals, %,d errors) | %.1f | %.1f | %.1f | %.1f | | |\n"
			.formatted(o.fetches(), o.signals(), o.fetchErrors(), o.fetchLatency().percentileMillis(0.50),
					o.fetchLatency().percentileMillis(0.95), o.fetchLatency().percentileMillis(0.99), o.fetchLatency().maxMillis()));
		md.append("\nCPU during the measured rounds (%.1f s wall, the pauses included): app %.1f s, PostgreSQL %.1f s, that is %.1f and %.1f ms per board fetch (writes included); the driver %.1f s; the whole machine %.1f s busy, so %.1f s went to anything else. App RSS after the rounds: %s MiB. %d event streams broke.\n"
			.formatted(phase.wallSeconds(), phase.appCpuMillis / 1000.0, phase.dbCpuMillis / 1000.0,
					phase.appCpuMillis / (double) o.fetches(), phase.dbCpuMillis / (double) o.fetches(),
					o.driverCpuMillis() / 1000.0, o.machineBusyMillis() / 1000.0, o.otherCpuMillis() / 1000.0,
					Report.mib(finalRssKib), o.streamErrors()));
		return md.toString();
	}

	private static String verdict(CoCreationWorkload.Outcome o) {
		return o.pairs() > 0 && o.pairsLate() == 0 && o.propagation().percentileMillis(0.95) <= TARGET_P95_MILLIS ? "met"
				: "**not met**";
	}

	private static String written(Map<BoardWrite.Kind, Integer> written) {
		return "%,d proposals, %,d comments, %,d edits".formatted(written.get(BoardWrite.Kind.PROPOSE),
				written.get(BoardWrite.Kind.COMMENT), written.get(BoardWrite.Kind.EDIT));
	}
}
