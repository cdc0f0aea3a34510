package dev.lodestar.notifications;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.TestHttpServer;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chat reminders through each platform's group webhook, against a real local HTTP server: the exact JSON each
 * platform reads, its signature where it checks one, and a platform's refusal retried like any failed delivery.
 */
class ChatRemindersIntegrationTests extends ApiIntegrationTest {

	/** 09:30 at 03:00 UTC, when it is not yet the reminder hour in UTC: week 6 is this class's own. */
	private static final String YANGON = "Asia/Yangon";

	private static final String SETTINGS = "http://localhost:8080/settings/notifications";

	/** What Feishu, DingTalk and WeCom answer when they accept a message; Slack and Teams read only the status. */
	private static final String ACCEPTED = "{\"code\": 0, \"msg\": \"success\", \"errcode\": 0, \"errmsg\": \"ok\"}";

	private static TestHttpServer chat;

	@Autowired
	ReminderPlanner planner;

	@Autowired
	NotificationDelivery delivery;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	ObjectiveFacts objectives;

	@BeforeAll
	static void startChat() {
		chat = TestHttpServer.start();
		chat.answer(200, ACCEPTED);
	}

	@AfterAll
	static void stopChat() {
		chat.close();
	}

	@Test
	void eachPlatformGetsTheReminderInItsOwnFormatSignedWhereItChecksSignatures() throws Exception {
		var fixtures = new ReminderFixtures(api);
		Map<ChatPlatform, ReminderFixtures.Owner> owners = new HashMap<>();
		for (ChatPlatform platform : ChatPlatform.values()) {
			var owner = fixtures.owner("Chat" + platform.name());
			if (platform == ChatPlatform.FEISHU) {
				api.speaksChinese(owner.session());
			}
			fixtures.choose(owner, YANGON, false, false);
			long team = api.newTeam("Chat team " + platform, null, List.of(), List.of(owner.session().personId()));
			Map<String, Object> webhook = new HashMap<>();
			webhook.put("platform", platform.name());
			webhook.put("url", chat.url("/hook/" + platform.name().toLowerCase()) + (platform == ChatPlatform.DINGTALK
					? "?access_token=robot" : ""));
			webhook.put("secret", platform.signs() ? "secret-of-" + platform : null);
			webhook.put("version", 0);
			assertThat(api.put("/api/v1/teams/" + team + "/chat-webhook", api.admin(), webhook)).hasStatusOk();
			owners.put(platform, owner);
		}
		Instant at = ReminderFixtures.utc(fixtures.checkInDay(6), 3, 0);

		planner.planAt(at);
		delivery.deliverDue(at.plusSeconds(60));

		for (var owner : owners.entrySet()) {
			assertThat(notifications.ofRecipient(owner.getValue().session().personId())).singleElement().satisfies(sent -> {
				assertThat(sent.channel()).isEqualTo(Channel.CHAT);
				assertThat(sent.state()).isEqualTo(Notification.State.SENT);
			});
		}
		var feishu = single("/hook/feishu");
		ObjectNode feishuBody = (ObjectNode) json.readTree(feishu.body());
		String timestamp = feishuBody.remove("timestamp").asString();
		assertThat(feishuBody.remove("sign").asString()).isEqualTo(hmac(timestamp + "\n" + "secret-of-FEISHU", ""));
		assertThat(feishuBody).isEqualTo(json.readTree("""
				{"msg_type": "post", "content": {"post": {"zh_cn": {"title": "该更新本周的进展了", "content": [
				  [{"tag": "text", "text": "ChatFEISHU，您好："}],
				  [{"tag": "text", "text": "您有 1 个关键结果本周还没有进展更新。每个只需一分钟：进展如何，信心几何。"}],
				  [{"tag": "text", "text": "- "}, {"tag": "a", "text": "%s", "href": "%s"}],
				  [{"tag": "text", "text": "选择提醒的接收方式，或暂停提醒：%s"}]]}}}}
				""".formatted(title(owners.get(ChatPlatform.FEISHU)), link(owners.get(ChatPlatform.FEISHU)), SETTINGS)));

		var dingTalk = single("/hook/dingtalk");
		Map<String, String> query = query(dingTalk.query());
		assertThat(query).containsEntry("access_token", "robot");
		assertThat(query.get("sign")).isEqualTo(hmac("secret-of-DINGTALK", query.get("timestamp") + "\n" + "secret-of-DINGTALK"));
		var dingTalkOwner = owners.get(ChatPlatform.DINGTALK);
		assertThat(json.readTree(dingTalk.body())).isEqualTo(json.readTree(json.writeValueAsString(Map.of("msgtype", "markdown",
				"markdown", Map.of("title", "Time for your weekly check-in", "text", markdown("### ", dingTalkOwner, "ChatDINGTALK"))))));

		var weCom = single("/hook/wecom");
		assertThat(json.readTree(weCom.body())).isEqualTo(json.readTree(json.writeValueAsString(Map.of("msgtype", "markdown",
				"markdown", Map.of("content", markdown("## ", owners.get(ChatPlatform.WECOM), "ChatWECOM"))))));

		var slackOwner = owners.get(ChatPlatform.SLACK);
		assertThat(json.readTree(single("/hook/slack").body())).isEqualTo(json.readTree(json.writeValueAsString(Map.of("text",
				"*Time for your weekly check-in*\nHello ChatSLACK,\n" + intro() + "\n• <" + link(slackOwner) + "|"
						+ title(slackOwner) + ">\n\nChoose how reminders reach you, or mute them: " + SETTINGS))));

		var teamsOwner = owners.get(ChatPlatform.TEAMS);
		assertThat(json.readTree(single("/hook/teams").body())).isEqualTo(json.readTree("""
				{"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": {
				  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
				  "body": [
				    {"type": "TextBlock", "text": "Time for your weekly check-in", "weight": "Bolder", "size": "Medium", "wrap": true},
				    {"type": "TextBlock", "text": "Hello ChatTEAMS,", "wrap": true},
				    {"type": "TextBlock", "text": "%s", "wrap": true},
				    {"type": "TextBlock", "text": "- [%s](%s)", "wrap": true},
				    {"type": "TextBlock", "text": "Choose how reminders reach you, or mute them: %s", "isSubtle": true, "wrap": true}]}}]}
				""".formatted(intro(), title(teamsOwner), link(teamsOwner), SETTINGS)));
		assertThat(single("/hook/teams").headers().get("content-type")).startsWith("application/json");
	}

	@Test
	void aPlatformThatRefusesInItsAnswerIsRetriedLaterWithItsReasonShown() {
		var fixtures = new ReminderFixtures(api);
		var owner = fixtures.owner("ChatRefused");
		fixtures.choose(owner, "Asia/Yangon", false, false);
		long team = api.newTeam("Chat refused", null, List.of(), List.of(owner.session().personId()));
		assertThat(api.put("/api/v1/teams/" + team + "/chat-webhook", api.admin(), Map.of("platform", "WECOM", "url",
				chat.url("/hook/refusing"), "version", 0))).hasStatusOk();
		chat.answer(200, "{\"errcode\": 93000, \"errmsg\": \"invalid webhook url\"}");
		Instant at = ReminderFixtures.utc(fixtures.checkInDay(7), 3, 0);
		try {
			planner.planAt(at);
			delivery.deliverDue(at.plusSeconds(60));
		}
		finally {
			chat.answer(200, ACCEPTED);
		}

		assertThat(chat.receivedAt("/hook/refusing")).hasSize(1);
		assertThat(notifications.ofRecipient(owner.session().personId())).singleElement().satisfies(refused -> {
			assertThat(refused.state()).isEqualTo(Notification.State.PENDING);
			assertThat(refused.attempts()).isEqualTo(1);
			assertThat(refused.lastError()).contains("93000").contains("invalid webhook url");
		});
		// the pause runs from the failed attempt, on the real clock
		delivery.deliverDue(Instant.now().plus(NotificationDelivery.PAUSES.get(0)).plusSeconds(60));
		assertThat(notifications.ofRecipient(owner.session().personId())).singleElement()
			.satisfies(sent -> assertThat(sent.state()).isEqualTo(Notification.State.SENT));
	}

	private static TestHttpServer.Received single(String path) {
		assertThat(chat.receivedAt(path)).hasSize(1);
		var received = chat.receivedAt(path).get(0);
		assertThat(received.method()).isEqualTo("POST");
		return received;
	}

	private static String intro() {
		return "One of your key results has no check-in yet this week. A minute each: where it stands, and how confident you are.";
	}

	private String markdown(String heading, ReminderFixtures.Owner owner, String name) {
		return heading + "Time for your weekly check-in\n\nHello " + name + ",\n\n" + intro() + "\n\n- [" + title(owner) + "]("
				+ link(owner) + ")\n\nChoose how reminders reach you, or mute them: " + SETTINGS;
	}

	private String title(ReminderFixtures.Owner owner) {
		return objectives.keyResultsById(List.of(owner.keyResultId())).get(0).title();
	}

	private static String link(ReminderFixtures.Owner owner) {
		return "http://localhost:8080/objectives/" + owner.objectiveId() + "?check-in=" + owner.keyResultId() + "#kr-"
				+ owner.keyResultId();
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new HashMap<>();
		for (String pair : raw.split("&")) {
			String[] parts = pair.split("=", 2);
			values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return values;
	}

	private static String hmac(String key, String data) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
	}
}
