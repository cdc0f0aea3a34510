package dev.lodestar.notifications;

/**
 * The chat platforms whose group webhooks Lodestar posts to, each in its own message format. Feishu/Lark and DingTalk
 * can be set to check a signature made with a secret; the others put their secret in the webhook's address.
 */
public enum ChatPlatform {

	/*
	 * The largest message each takes, in UTF-8 bytes of the posted JSON (kept under the documented limits: WeCom's
	 * markdown 4096 bytes, DingTalk's 20000, Feishu's 30 KB request, Slack's 40000 characters, Teams' 28 KB card).
	 */
	FEISHU(true, 30_000), DINGTALK(true, 20_000), WECOM(false, 4_096), SLACK(false, 40_000), TEAMS(false, 28_000);

	private final boolean signs;

	private final int maxBytes;

	ChatPlatform(boolean signs, int maxBytes) {
		this.signs = signs;
		this.maxBytes = maxBytes;
	}

	/** The largest message this platform takes, as posted JSON in UTF-8 bytes. */
	int maxBytes() {
		return maxBytes;
	}

	/** Whether messages to this platform can carry a signature made with a secret. */
	public boolean signs() {
		return signs;
	}
}
