package dev.lodestar.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What Linux's /proc says about a process: its resident memory and the CPU time it has used. */
final class Proc {

	/** Clock ticks per second of the times in /proc/PID/stat. */
	private static final long TICKS_PER_SECOND = ticksPerSecond();

	private Proc() {
	}

	/** VmRSS in KiB, or -1 when the process is gone. */
	static long rssKib(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
				}
			}
		}
		catch (IOException | RuntimeException gone) {
			// the process ended between the calls
		}
		return -1;
	}

	/** User plus system CPU time of the process (all its threads), in milliseconds; -1 when it is gone. */
	static long cpuMillis(long pid) {
		long[] stat = stat(pid);
		return stat == null ? -1 : toMillis(stat[2] + stat[3]);
	}

	/**
	 * CPU time of a server that forks a process per connection, as PostgreSQL does: the parent's own time, the
	 * time of the children it has reaped, and the time of its live children. In milliseconds.
	 */
	static long treeCpuMillis(long parent) {
		long[] own = stat(parent);
		if (own == null) {
			return -1;
		}
		long ticks = own[2] + own[3] + own[4] + own[5];
		try (DirectoryStream<Path> all = Files.newDirectoryStream(Path.of("/proc"), entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))) {
			for (Path entry : all) {
				long[] child = stat(Long.parseLong(entry.getFileName().toString()));
				if (child != null && child[0] == parent) {
					ticks += child[2] + child[3];
				}
			}
		}
		catch (IOException e) {
			return -1;
		}
		return toMillis(ticks);
	}

	/**
	 * CPU time the whole machine spent busy (user, nice, system, irq, softirq, steal from /proc/stat, all cores), in
	 * milliseconds; -1 if unreadable. Against the app's, PostgreSQL's and the driver's own, it shows whether anything
	 * else ran meanwhile — the load average cannot, as it counts the benchmark itself.
	 */
	static long machineBusyMillis() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long ticks = 0;
			for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
				ticks += Long.parseLong(fields[i]);
			}
			return toMillis(ticks);
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	/** ppid, (unused), utime, stime, cutime, cstime; null when the process is gone. */
	private static long[] stat(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// the command name, in parentheses, may itself hold spaces and parentheses
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
			// fields[0] is field 3 of proc(5): state, ppid, ..., utime (14), stime, cutime, cstime (17)
			return new long[] { Long.parseLong(fields[1]), 0, Long.parseLong(fields[11]), Long.parseLong(fields[12]),
					Long.parseLong(fields[13]), Long.parseLong(fields[14]) };
		}
		catch (IOException | RuntimeException gone) {
			return null;
		}
	}

	private static long toMillis(long ticks) {
		return ticks * 1000 / TICKS_PER_SECOND;
	}

	private static long ticksPerSecond() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String out = new String(getconf.getInputStream().readAllBytes()).trim();
			if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0) {
				return Long.parseLong(out);
			}
		}
		catch (Exception ignored) {
			// fall back to Linux's USER_HZ
		}
		return 100;
	}
}
