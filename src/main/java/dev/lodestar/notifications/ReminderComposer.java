package dev.lodestar.notifications;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.people.Person;

/** A check-in reminder in the recipient's language: their key results without a check-in, each a link to it. */
@Component
class ReminderComposer {

	private final MessageSource messages;

	private final NotificationLinks links;

	ReminderComposer(MessageSource messages, NotificationLinks links) {
		this.messages = messages;
		this.links = links;
	}

	Message reminder(Person person, List<KeyResultFact> keyResults) {
		Locale locale = Locale.forLanguageTag(person.locale());
		List<Message.Line> lines = keyResults.stream().map(keyResult -> new Message.Line(keyResult.title(), links.checkIn(keyResult))).toList();
		return new Message(locale, messages.getMessage("notifications.reminder.subject", null, locale),
				messages.getMessage("notifications.reminder.greeting", new Object[] { person.name() }, locale),
				List.of(new Message.Section(null,
						messages.getMessage("notifications.reminder.intro", new Object[] { keyResults.size() }, locale), lines)),
				messages.getMessage("notifications.reminder.footer", new Object[] { links.settings() }, locale));
	}
}
