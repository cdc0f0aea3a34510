package dev.lodestar.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dev.lodestar.people.Person;

/**
 * E-mail over SMTP (configured with {@code spring.mail.host} and friends; without it e-mail is off): a message as
 * plain text and as HTML, its lines links where they lead somewhere.
 */
@Component
class MailChannel {

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final MessageSource messages;

	MailChannel(ObjectProvider<JavaMailSender> sender, @Value("${lodestar.mail.from:lodestar@localhost}") String from,
			MessageSource messages) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
	}

	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	void send(Person person, Message composed) throws MessagingException, Undeliverable {
		JavaMailSender mailer = sender.getIfAvailable();
		if (mailer == null) {
			throw new Undeliverable("mail-not-configured");
		}
		Message message = composed.spelledOut(count -> messages.getMessage("notifications.chat.omitted",
				new Object[] { count }, composed.locale()));
		StringBuilder text = new StringBuilder(message.greeting()).append("\n\n");
		StringBuilder html = new StringBuilder("<p>").append(escape(message.greeting())).append("</p>");
		for (Message.Section section : message.sections()) {
			if (section.heading() != null) {
				text.append(section.heading()).append('\n');
				html.append("<h3>").append(escape(section.heading())).append("</h3>");
			}
			if (section.text() != null) {
				text.append(section.text()).append("\n\n");
				html.append("<p>").append(escape(section.text())).append("</p>");
			}
			html.append(section.lines().isEmpty() ? "" : "<ul>");
			for (Message.Line line : section.lines()) {
				text.append("- ").append(line.text()).append(line.link() == null ? "" : ": " + line.link()).append('\n');
				html.append("<li>").append(line.link() == null ? escape(line.text())
						: "<a href=\"" + escape(line.link()) + "\">" + escape(line.text()) + "</a>").append("</li>");
			}
			html.append(section.lines().isEmpty() ? "" : "</ul>");
			text.append('\n');
		}
		text.append(message.footer()).append('\n');
		html.append("<p>").append(escape(message.footer())).append("</p>");
		MimeMessage mail = mailer.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
		helper.setFrom(from);
		helper.setTo(person.email());
		helper.setSubject(message.subject());
		helper.setText(text.toString(), html.toString());
		mailer.send(mail);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}
}
