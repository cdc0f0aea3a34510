package dev.lodestar.notifications;

import java.util.List;
import java.util.Locale;

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

	/** A part of a message: an optional heading, an optional sentence, and lines (a digest's people, key results). */
	record Section(String heading, String text, List<Line> lines) {

		Section {
			lines = List.copyOf(lines);
		}
	}

	/** One line: words, and where they lead when there is somewhere to go. */
	record Line(String text, String link) {
	}
}
