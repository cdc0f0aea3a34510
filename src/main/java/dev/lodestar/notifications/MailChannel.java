package dev.lodestar.notifications;

import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dev.lodestar.objectives.KeyResultFact;
import dev.lodestar.people.Person;

/**
 * E-mail over SMTP (configured with {@code spring.mail.host} and friends; without it e-mail is off): a reminder in
 * the recipient's language, as plain text and HTML, each key result a link straight to its check-in.
 */
@Component
class MailChannel {

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final String baseUrl;

	private final String from;

	MailChannel(ObjectProvider<JavaMailSender> sender, MessageSource messages,
			@Value("${lodestar.base-url:http://localhost:8080}") String baseUrl,
			@Value("${lodestar.mail.from:lodestar@localhost}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
	}

	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	/** Where a key result's check-in opens: its objective's page, with the check-in form of that key result open. */
	String checkInLink(KeyResultFact keyResult) {
		return baseUrl + "/objectives/" + keyResult.objectiveId() + "?check-in=" + keyResult.id() + "#kr-" + keyResult.id();
	}

	void sendReminder(Person person, List<KeyResultFact> keyResults) throws MessagingException {
		JavaMailSender mailer = sender.getObject();
		Locale locale = Locale.forLanguageTag(person.locale());
		StringBuilder text = new StringBuilder(message("notifications.reminder.greeting", locale, person.name())).append("\n\n")
			.append(message("notifications.reminder.intro", locale, keyResults.size())).append("\n\n");
		StringBuilder html = new StringBuilder("<p>").append(HtmlUtils.htmlEscape(message("notifications.reminder.greeting",
				locale, person.name()))).append("</p><p>").append(HtmlUtils.htmlEscape(message("notifications.reminder.intro",
						locale, keyResults.size()))).append("</p><ul>");
		for (KeyResultFact keyResult : keyResults) {
			text.append("- ").append(keyResult.title()).append(": ").append(checkInLink(keyResult)).append('\n');
			html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(checkInLink(keyResult))).append("\">")
				.append(HtmlUtils.htmlEscape(keyResult.title())).append("</a></li>");
		}
		String footer = message("notifications.reminder.footer", locale, baseUrl + "/settings/notifications");
		text.append('\n').append(footer).append('\n');
		html.append("</ul><p>").append(HtmlUtils.htmlEscape(footer)).append("</p>");
		MimeMessage mail = mailer.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
		helper.setFrom(from);
		helper.setTo(person.email());
		helper.setSubject(message("notifications.reminder.subject", locale));
		helper.setText(text.toString(), html.toString());
		mailer.send(mail);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
