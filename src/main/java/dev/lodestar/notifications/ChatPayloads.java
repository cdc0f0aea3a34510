package dev.lodestar.notifications;

import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A message in each chat platform's own format for group webhooks: Feishu/Lark's rich-text post, DingTalk's and
 * WeCom's markdown, Slack's mrkdwn text and a Microsoft Teams adaptive card (the Workflows webhook; the old Office 365
 * connectors are retired).
 */
final class ChatPayloads {

	private ChatPayloads() {
	}

	static ObjectNode of(ChatPlatform platform, Message message, JsonMapper json) {
		return switch (platform) {
			case FEISHU -> feishu(message, json);
			case DINGTALK -> {
				ObjectNode body = json.createObjectNode().put("msgtype", "markdown");
				body.putObject("markdown").put("title", message.subject()).put("text", markdown(message, "### "));
				yield body;
			}
			case WECOM -> {
				ObjectNode body = json.createObjectNode().put("msgtype", "markdown");
				body.putObject("markdown").put("content", markdown(message, "## "));
				yield body;
			}
			case SLACK -> json.createObjectNode().put("text", slack(message));
			case TEAMS -> teams(message, json);
		};
	}

	/** A post: its title, then paragraphs of text and link elements; the language key follows the recipient's. */
	private static ObjectNode feishu(Message message, JsonMapper json) {
		ObjectNode body = json.createObjectNode().put("msg_type", "post");
		String language = Locale.CHINESE.getLanguage().equals(message.locale().getLanguage()) ? "zh_cn" : "en_us";
		ObjectNode post = body.putObject("content").putObject("post").putObject(language);
		post.put("title", message.subject());
		ArrayNode paragraphs = post.putArray("content");
		paragraphs.addArray().addObject().put("tag", "text").put("text", message.greeting());
		for (Message.Section section : message.sections()) {
			if (section.heading() != null) {
				paragraphs.addArray().addObject().put("tag", "text").put("text", section.heading());
			}
			if (section.text() != null) {
				paragraphs.addArray().addObject().put("tag", "text").put("text", section.text());
			}
			for (Message.Line line : section.lines()) {
				ArrayNode paragraph = paragraphs.addArray();
				if (line.link() == null) {
					paragraph.addObject().put("tag", "text").put("text", "- " + line.text());
				}
				else {
					paragraph.addObject().put("tag", "text").put("text", "- ");
					paragraph.addObject().put("tag", "a").put("text", line.text()).put("href", line.link());
				}
			}
		}
		paragraphs.addArray().addObject().put("tag", "text").put("text", message.footer());
		return body;
	}

	private static String markdown(Message message, String headingMark) {
		StringBuilder text = new StringBuilder(headingMark).append(message.subject()).append("\n\n")
			.append(message.greeting()).append("\n\n");
		for (Message.Section section : message.sections()) {
			if (section.heading() != null) {
				text.append("**").append(section.heading()).append("**\n\n");
			}
			if (section.text() != null) {
				text.append(section.text()).append("\n\n");
			}
			for (Message.Line line : section.lines()) {
				text.append("- ").append(line.link() == null ? line.text() : "[" + line.text() + "](" + line.link() + ")")
					.append('\n');
			}
			text.append('\n');
		}
		return text.append(message.footer()).toString();
	}

	private static String slack(Message message) {
		StringBuilder text = new StringBuilder("*").append(slackEscape(message.subject())).append("*\n")
			.append(slackEscape(message.greeting())).append('\n');
		for (Message.Section section : message.sections()) {
			if (section.heading() != null) {
				text.append("\n*").append(slackEscape(section.heading())).append("*\n");
			}
			if (section.text() != null) {
				text.append(slackEscape(section.text())).append('\n');
			}
			for (Message.Line line : section.lines()) {
				text.append("• ").append(line.link() == null ? slackEscape(line.text())
						: "<" + line.link() + "|" + slackEscape(line.text()) + ">").append('\n');
			}
		}
		return text.append('\n').append(slackEscape(message.footer())).toString();
	}

	/** Slack reads &, < and > as markup; everything else is taken as written. */
	private static String slackEscape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static ObjectNode teams(Message message, JsonMapper json) {
		ObjectNode body = json.createObjectNode().put("type", "message");
		ObjectNode attachment = body.putArray("attachments").addObject()
			.put("contentType", "application/vnd.microsoft.card.adaptive");
		ObjectNode card = attachment.putObject("content")
			.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
			.put("type", "AdaptiveCard")
			.put("version", "1.4");
		ArrayNode blocks = card.putArray("body");
		blocks.addObject().put("type", "TextBlock").put("text", message.subject()).put("weight", "Bolder").put("size", "Medium")
			.put("wrap", true);
		blocks.addObject().put("type", "TextBlock").put("text", message.greeting()).put("wrap", true);
		for (Message.Section section : message.sections()) {
			if (section.heading() != null) {
				blocks.addObject().put("type", "TextBlock").put("text", section.heading()).put("weight", "Bolder").put("wrap", true);
			}
			if (section.text() != null) {
				blocks.addObject().put("type", "TextBlock").put("text", section.text()).put("wrap", true);
			}
			for (Message.Line line : section.lines()) {
				blocks.addObject().put("type", "TextBlock")
					.put("text", "- " + (line.link() == null ? line.text() : "[" + line.text() + "](" + line.link() + ")"))
					.put("wrap", true);
			}
		}
		blocks.addObject().put("type", "TextBlock").put("text", message.footer()).put("isSubtle", true).put("wrap", true);
		return body;
	}
}
