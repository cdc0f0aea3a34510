package dev.lodestar.notifications;

/**
 * The chat platforms whose group webhooks Lodestar posts to, each in its own message format. Feishu/Lark and DingTalk
 * can be set to check a signature made with a secret; the others put their secret in the webhook's address.
 */
public enum ChatPlatform {

	FEISHU(true), DINGTALK(true), WECOM(false), SLACK(false), TEAMS(false);

	private final boolean signs;

	ChatPlatform(boolean signs) {
		this.signs = signs;
	}

	/** Whether messages to this platform can carry a signature made with a secret. */
	public boolean signs() {
		return signs;
	}
}
