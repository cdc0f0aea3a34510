package dev.lodestar.notifications.web;

import java.util.List;

import dev.lodestar.notifications.ChatPlatform;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The chat webhook of the organisation ({@code teamId} null: an admin page) or of a team (for its leads and admins).
 *
 * @param signed whether a secret is saved, which the page never shows
 * @param notice a message key saying what just happened; absent otherwise
 */
public record ChatWebhookPage(Shell shell, Long teamId, String teamName, ChatWebhookForm form, boolean signed,
		FormErrors errors, String notice) {

	public List<ChatPlatform> platforms() {
		return List.of(ChatPlatform.values());
	}

	public String action() {
		return teamId == null ? "/admin/chat-webhook" : "/teams/" + teamId + "/chat-webhook";
	}

	public boolean saved() {
		return form.version() != null && form.version() > 0;
	}

	public List<String> otherErrors() {
		return errors.otherThan(List.of("platform", "url", "secret"));
	}
}
