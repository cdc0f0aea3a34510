package dev.lodestar.bench;

import java.util.function.Consumer;

/**
 * Charges each phase with the CPU the application and PostgreSQL spent during it, and the application's memory at
 * its end, then prints the phase's line: one meter for every workload, so their figures are comparable.
 */
final class PhaseMeter {

	private final AppServer app;

	private final long postmaster;

	private long appCpuBefore;

	private long dbCpuBefore;

	PhaseMeter(AppServer app, long postmaster) {
		this.app = app;
		this.postmaster = postmaster;
	}

	Consumer<Phase> before() {
		return phase -> {
			appCpuBefore = app.cpuMillis();
			dbCpuBefore = dbCpu();
		};
	}

	Consumer<Phase> after() {
		return phase -> {
			long appCpu = app.cpuMillis();
			long dbCpu = dbCpu();
			phase.appCpuMillis = appCpu < 0 || appCpuBefore < 0 ? -1 : appCpu - appCpuBefore;
			phase.dbCpuMillis = dbCpu < 0 || dbCpuBefore < 0 ? -1 : dbCpu - dbCpuBefore;
			phase.rssKib = app.rssKib();
			System.out.println(Report.line(phase));
		};
	}

	private long dbCpu() {
		return postmaster > 0 ? Proc.treeCpuMillis(postmaster) : -1;
	}
}
