package dev.lodestar.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One person's open session page: its event stream, and the board it fetches again on every signal, as the page
 * does. Signals that arrive while a fetch is in flight are coalesced into exactly one more fetch after it. Each fetch
 * that ends tells the writes it now shows that they reached this participant.
 */
final class Participant implements AutoCloseable {

	/** Counters shared by all participants of a run. */
	static final class Totals {

		/** Replaced when the measured rounds begin, so that they count only their own. */
		volatile Samples fetches = new Samples();

		final AtomicInteger signals = new AtomicInteger();

		/** From now on, count the fetches and signals afresh. */
		void restart() {
			fetches = new Samples();
			signals.set(0);
		}

		final AtomicInteger fetchErrors = new AtomicInteger();

		final AtomicInteger streamErrors = new AtomicInteger();

		final AtomicInteger reconnects = new AtomicInteger();

		final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

		void error(String what) {
			if (firstErrors.size() < Phase.ERRORS_SHOWN) {
				firstErrors.add(what);
			}
		}
	}

	final int index;

	final String token;

	private final Http http;

	private final int port;

	private final String boardPath;

	private final String eventsPath;

	private final BoardWrite.Registry registry;

	private final Totals totals;

	/** Set by a signal, cleared when a fetch starts: a signal during a fetch leaves it set, for one more. */
	private boolean dirty;

	private volatile boolean running = true;

	private volatile EventStream stream;

	private volatile byte[] lastBoard;

	private final AtomicInteger fetchesDone = new AtomicInteger();

	/** Writes of others this participant has not yet seen; touched by its fetch thread only. */
	private final List<BoardWrite> awaited = new ArrayList<>();

	private int registered;

	private Thread reader;

	private Thread fetcher;

	Participant(int index, String token, Http http, int port, long sessionId, BoardWrite.Registry registry, Totals totals) {
		this.index = index;
		this.token = token;
		this.http = http;
		this.port = port;
		this.boardPath = "/api/v1/co-creation-sessions/" + sessionId;
		this.eventsPath = boardPath + "/events";
		this.registry = registry;
		this.totals = totals;
	}

	/**
	 * Opens the page: the event stream first (answered up to its {@code :connected} comment), then the first fetch of
	 * the board, as a page that loads and then follows its stream. Returns the time to the open stream, as an answer.
	 */
	Http.Response open() throws Exception {
		long start = System.nanoTime();
		stream = new EventStream(port, eventsPath, token);
		long nanos = System.nanoTime() - start;
		fetcher = new Thread(this::fetchLoop, "board-" + (index + 1));
		fetcher.setDaemon(true);
		fetcher.start();
		reader = new Thread(this::readLoop, "events-" + (index + 1));
		reader.setDaemon(true);
		reader.start();
		signal();
		return new Http.Response("GET", eventsPath, 200, new byte[0], nanos, List.of());
	}

	/** The board as this participant last fetched it (raw JSON), or null before the first fetch. */
	byte[] lastBoard() {
		return lastBoard;
	}

	int fetches() {
		return fetchesDone.get();
	}

	private void readLoop() {
		while (running) {
			try {
				stream.read(event -> {
					totals.signals.incrementAndGet();
					signal();
				});
				return;
			}
			catch (Exception broken) {
				if (!running) {
					return;
				}
				totals.streamErrors.incrementAndGet();
				totals.error("participant " + (index + 1) + ": event stream broke: " + broken);
				reconnect();
			}
		}
	}

	/** As EventSource does: open the stream again, and fetch the board, since signals may have been missed. */
	private void reconnect() {
		try {
			Thread.sleep(100);
			stream = new EventStream(port, eventsPath, token);
			totals.reconnects.incrementAndGet();
			signal();
		}
		catch (Exception failed) {
			totals.streamErrors.incrementAndGet();
			totals.error("participant " + (index + 1) + ": could not reopen the event stream: " + failed);
		}
	}

	private synchronized void signal() {
		dirty = true;
		notifyAll();
	}

	private void fetchLoop() {
		while (running) {
			synchronized (this) {
				while (!dirty && running) {
					try {
						wait();
					}
					catch (InterruptedException stopping) {
						return;
					}
				}
				dirty = false;
			}
			if (running) {
				fetch();
			}
		}
	}

	private void fetch() {
		Http.Response board;
		try {
			board = http.get(boardPath, token);
		}
		catch (Exception failed) {
			totals.fetchErrors.incrementAndGet();
			totals.error("participant " + (index + 1) + ": GET " + boardPath + " failed: " + failed);
			return;
		}
		long ended = System.nanoTime();
		totals.fetches.add(board.nanos());
		fetchesDone.incrementAndGet();
		if (!board.ok()) {
			totals.fetchErrors.incrementAndGet();
			totals.error("participant " + (index + 1) + ": GET " + boardPath + " -> " + board.status() + " " + board.text());
			return;
		}
		lastBoard = board.body();
		// every write is registered before it is sent, so a write this board shows is registered by now
		for (BoardWrite write : registry.from(registered)) {
			registered++;
			if (write.writer != index) {
				awaited.add(write);
			}
		}
		BitSet shown = BoardWrite.markersIn(board.body());
		for (Iterator<BoardWrite> it = awaited.iterator(); it.hasNext();) {
			BoardWrite write = it.next();
			if (shown.get(write.number)) {
				write.arrivedAt.set(index, ended);
				it.remove();
			}
			else if (write.outcome == BoardWrite.Outcome.REFUSED_CHANGED || write.outcome == BoardWrite.Outcome.FAILED) {
				it.remove();
			}
		}
	}

	@Override
	public void close() {
		running = false;
		EventStream open = stream;
		if (open != null) {
			open.close();
		}
		synchronized (this) {
			notifyAll();
		}
	}
}
