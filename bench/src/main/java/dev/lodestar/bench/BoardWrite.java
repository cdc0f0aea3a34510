package dev.lodestar.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One write to a co-creation board, and when each participant's board first showed it. Every write carries a
 * unique marker in its text, {@code [cc-abcd]}: letters only, as digits in an objective's title draw a hint on the
 * board. A participant has "received" the write when a board it fetched holds the marker — what its page would show.
 */
final class BoardWrite {

	/** What a participant does in a round. */
	enum Kind {
		PROPOSE, COMMENT, EDIT
	}

	/** How the write was answered. */
	enum Outcome {
		PENDING, WRITTEN, REFUSED_CHANGED, FAILED
	}

	private static final String PREFIX = "[cc-";

	private static final int LETTERS = 4;

	final int number;

	final String marker;

	final int writer;

	final Kind kind;

	final boolean measured;

	/** When the request was sent (System.nanoTime), set just before it goes. */
	volatile long sentNanos;

	volatile long answerNanos;

	volatile Outcome outcome = Outcome.PENDING;

	/** Per participant, when its fetch that first held the marker ended (System.nanoTime); 0 until then. */
	final AtomicLongArray arrivedAt;

	private BoardWrite(int number, int writer, Kind kind, boolean measured, int participants) {
		this.number = number;
		this.marker = marker(number);
		this.writer = writer;
		this.kind = kind;
		this.measured = measured;
		this.arrivedAt = new AtomicLongArray(participants);
	}

	static String marker(int number) {
		char[] letters = new char[LETTERS];
		for (int i = LETTERS - 1, n = number; i >= 0; i--, n /= 26) {
			letters[i] = (char) ('a' + n % 26);
		}
		return PREFIX + new String(letters) + "]";
	}

	/** The numbers of every marker in a board's raw JSON, in one pass over its bytes. */
	static BitSet markersIn(byte[] body) {
		BitSet found = new BitSet();
		int last = body.length - PREFIX.length() - LETTERS - 1;
		for (int i = 0; i <= last; i++) {
			if (body[i] != '[' || body[i + 1] != 'c' || body[i + 2] != 'c' || body[i + 3] != '-' || body[i + 8] != ']') {
				continue;
			}
			int n = 0;
			boolean letters = true;
			for (int k = 4; k < 4 + LETTERS; k++) {
				int letter = body[i + k] - 'a';
				letters &= letter >= 0 && letter < 26;
				n = n * 26 + letter;
			}
			if (letters) {
				found.set(n);
			}
		}
		return found;
	}

	/** The writes of a run, numbered in the order they are registered, just before each is sent. */
	static final class Registry {

		private final List<BoardWrite> all = new ArrayList<>();

		private final int participants;

		Registry(int participants) {
			this.participants = participants;
		}

		synchronized BoardWrite register(int writer, Kind kind, boolean measured) {
			BoardWrite write = new BoardWrite(all.size(), writer, kind, measured, participants);
			all.add(write);
			return write;
		}

		/** The writes registered from {@code index} on. */
		synchronized List<BoardWrite> from(int index) {
			return new ArrayList<>(all.subList(Math.min(index, all.size()), all.size()));
		}

		synchronized List<BoardWrite> all() {
			return List.copyOf(all);
		}
	}
}
