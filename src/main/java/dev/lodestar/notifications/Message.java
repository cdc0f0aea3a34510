package dev.lodestar.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * What a notification says, composed once in the recipient's language and then written out by each channel in its
 * own form: a mail's plain text and HTML, each chat platform's JSON.
 *
 * @param subject a mail's subject, a chat message's title
 * @param sections in order; a section without heading follows the greeting directly
 * @param footer why this arrived and where to change it
 */
record Message(Locale locale, String subject, String greeting, List<Section> sections, String footer) {

	Message {
		sections = List.copyOf(sections);
	}

	/**
	 * A part of a message: an optional heading, an optional sentence, lines (a digest's people, key results), and how
	 * many more lines were left out to keep it short — a channel writes those as one line of its own ("… and 5 more").
	 */
	record Section(String heading, String text, List<Line> lines, int omitted) {

		Section {
			lines = List.copyOf(lines);
		}

		Section(String heading, String text, List<Line> lines) {
			this(heading, text, lines, 0);
		}
	}

	/** One line: words, and where they lead when there is somewhere to go. */
	record Line(String text, String link) {
	}

	int lineCount() {
		return sections.stream().mapToInt(section -> section.lines().size()).sum();
	}

	/** The same message with only its first {@code keep} lines, the others counted as left out where they were. */
	Message keeping(int keep) {
		List<Section> kept = new ArrayList<>();
		int left = keep;
		for (Section section : sections) {
			int taken = Math.min(left, section.lines().size());
			left -= taken;
			kept.add(new Section(section.heading(), section.text(), section.lines().subList(0, taken),
					section.omitted() + section.lines().size() - taken));
		}
		return new Message(locale, subject, greeting, kept, footer);
	}

	/** The message as channels write it: each section's left-out lines counted in a last line of words. */
	Message spelledOut(IntFunction<String> omitted) {
		return new Message(locale, subject, greeting, sections.stream().map(section -> {
			if (section.omitted() == 0) {
				return section;
			}
			List<Line> lines = new ArrayList<>(section.lines());
			lines.add(new Line(omitted.apply(section.omitted()), null));
			return new Section(section.heading(), section.text(), lines);
		}).toList(), footer);
	}
}
