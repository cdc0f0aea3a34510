package dev.lodestar.notifications;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.platform.jdbc.SqlValues;
import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;
import dev.lodestar.support.TestHttpServer;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chat reminders through each platform's group webhook, against a real local HTTP server: the exact JSON each
 * platform reads, its signature where it checks one; what a group may see (public key results, counts); a message cut
 * to the platform's size; a removed webhook given up; and a platform's refusal retried like any failed delivery.
 */
class ChatRemindersIntegrationTests extends ApiIntegrationTest {

	/** 09:30 at 03:00 UTC, when it is not yet the reminder hour in UTC: week 6 is this class's own. */
	private static final String YANGON = "Asia/Yangon";

	private static final String SETTINGS = "http://localhost:8080/settings/notifications";

	private static final String SUBJECT = "Time for this week's check-ins";

	private static final String FOOTER = "Everyone chooses in their settings whether their key results are listed in the group: "
			+ SETTINGS;

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

	@Autowired
	JdbcClient jdbc;

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
	void eachPlatformGetsTheGroupReminderInItsOwnFormatSignedWhereItChecksSignatures() throws Exception {
		var fixtures = new ReminderFixtures(api);
		Map<ChatPlatform, ReminderFixtures.Owner> owners = new HashMap<>();
		Map<ChatPlatform, Long> teams = new HashMap<>();
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
			teams.put(platform, team);
		}
		Instant at = ReminderFixtures.utc(fixtures.checkInDay(6), 3, 0);

		planner.planAt(at);
		delivery.deliverDue(at.plusSeconds(60));

		for (var team : teams.entrySet()) {
			assertThat(notifications.ofChatScope(team.getValue())).singleElement().satisfies(sent -> {
				assertThat(sent.kind()).isEqualTo(NotificationKind.GROUP_REMINDER);
				assertThat(sent.recipientId()).isNull();
				assertThat(sent.state()).isEqualTo(Notification.State.SENT);
			});
			// a chat message goes to the group, never in a person's name
			assertThat(notifications.ofRecipient(owners.get(team.getKey()).session().personId())).isEmpty();
		}
		var feishu = single("/hook/feishu");
		ObjectNode feishuBody = (ObjectNode) json.readTree(feishu.body());
		String timestamp = feishuBody.remove("timestamp").asString();
		assertThat(feishuBody.remove("sign").asString()).isEqualTo(hmac(timestamp + "\n" + "secret-of-FEISHU", ""));
		assertThat(feishuBody).isEqualTo(json.readTree("""
				{"msg_type": "post", "content": {"post": {"zh_cn": {"title": "该更新本周的进展了", "content": [
				  [{"tag": "text", "text": "%s，大家好："}],
				  [{"tag": "text", "text": "本周还没有进展更新的公开关键结果：1 个。负责人每个只需一分钟：进展如何，信心几何。"}],
				  [{"tag": "text", "text": "- "}, {"tag": "a", "text": "%s", "href": "%s"}],
				  [{"tag": "text", "text": "每个人都可以在设置中选择是否在群里列出自己的关键结果：%s"}]]}}}}
				""".formatted(teamName(teams.get(ChatPlatform.FEISHU)), title(owners.get(ChatPlatform.FEISHU)),
				link(owners.get(ChatPlatform.FEISHU)), SETTINGS)));

		var dingTalk = single("/hook/dingtalk");
		Map<String, String> query = query(dingTalk.query());
		assertThat(query).containsEntry("access_token", "robot");
		assertThat(query.get("sign")).isEqualTo(hmac("secret-of-DINGTALK", query.get("timestamp") + "\n" + "secret-of-DINGTALK"));
		assertThat(json.readTree(dingTalk.body())).isEqualTo(json.readTree(json.writeValueAsString(Map.of("msgtype", "markdown",
				"markdown", Map.of("title", SUBJECT, "text", markdown("### ", owners.get(ChatPlatform.DINGTALK),
						teams.get(ChatPlatform.DINGTALK)))))));

		var weCom = single("/hook/wecom");
		assertThat(json.readTree(weCom.body())).isEqualTo(json.readTree(json.writeValueAsString(Map.of("msgtype", "markdown",
				"markdown", Map.of("content", markdown("## ", owners.get(ChatPlatform.WECOM), teams.get(ChatPlatform.WECOM)))))));

		var slackOwner = owners.get(ChatPlatform.SLACK);
		assertThat(json.readTree(single("/hook/slack").body())).isEqualTo(json.readTree(json.writeValueAsString(Map.of("text",
				"*" + SUBJECT + "*\nHello " + teamName(teams.get(ChatPlatform.SLACK)) + ",\n" + intro(1) + "\n• <"
						+ link(slackOwner) + "|" + title(slackOwner) + ">\n\n" + FOOTER))));

		var teamsOwner = owners.get(ChatPlatform.TEAMS);
		assertThat(json.readTree(single("/hook/teams").body())).isEqualTo(json.readTree("""
				{"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": {
				  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
				  "body": [
				    {"type": "TextBlock", "text": "%s", "weight": "Bolder", "size": "Medium", "wrap": true},
				    {"type": "TextBlock", "text": "Hello %s,", "wrap": true},
				    {"type": "TextBlock", "text": "%s", "wrap": true},
				    {"type": "TextBlock", "text": "- [%s](%s)", "wrap": true},
				    {"type": "TextBlock", "text": "%s", "isSubtle": true, "wrap": true}]}}]}
				""".formatted(SUBJECT, teamName(teams.get(ChatPlatform.TEAMS)), intro(1), title(teamsOwner), link(teamsOwner),
				FOOTER)));
		assertThat(single("/hook/teams").headers().get("content-type")).startsWith("application/json");
	}

	@Test
	void aGroupSeesOnlyPublicKeyResultsCountsTheOthersAndNeverThoseOfPeopleWhoOptedOut() throws Exception {
		var fixtures = new ReminderFixtures(api);
		var open = fixtures.owner("GroupOpen");
		var secretive = fixtures.owner("GroupSecretive");
		var away = fixtures.owner("GroupAway");
		fixtures.choose(open, YANGON, false, false);
		fixtures.choose(secretive, YANGON, true, false);
		fixtures.choose(away, YANGON, false, false);
		assertThat(api.put("/api/v1/people/me/notification-settings", away.session(), Map.of("timeZone", YANGON, "email", false,
				"chat", false, "muted", false, "version", 1))).hasStatusOk();
		var hidden = api.post("/api/v1/objectives", secretive.session(), Map.of("cycleId", fixtures.cycleId(), "ownerPersonId",
				secretive.session().personId(), "title", "A plan not yet told", "visibility", "PRIVATE"));
		long hiddenKeyResult = api.newKeyResult(secretive.session(), Api.id(hidden), "INCREASE", 0, 3);
		fixtures.checkIn(secretive, secretive.keyResultId());
		long team = api.newTeam("Group privacy", null, List.of(), List.of(open.session().personId(),
				secretive.session().personId(), away.session().personId()));
		assertThat(api.put("/api/v1/teams/" + team + "/chat-webhook", api.admin(), Map.of("platform", "SLACK", "url",
				chat.url("/hook/privacy"), "version", 0))).hasStatusOk();
		var onlyPrivate = fixtures.owner("GroupOnlyPrivate");
		fixtures.choose(onlyPrivate, YANGON, false, false);
		fixtures.checkIn(onlyPrivate, onlyPrivate.keyResultId());
		var unshared = api.post("/api/v1/objectives", onlyPrivate.session(), Map.of("cycleId", fixtures.cycleId(),
				"ownerPersonId", onlyPrivate.session().personId(), "title", "Nothing to share yet", "visibility", "PRIVATE"));
		api.newKeyResult(onlyPrivate.session(), Api.id(unshared), "INCREASE", 0, 3);
		long quiet = api.newTeam("Group quiet", null, List.of(), List.of(onlyPrivate.session().personId()));
		assertThat(api.put("/api/v1/teams/" + quiet + "/chat-webhook", api.admin(), Map.of("platform", "SLACK", "url",
				chat.url("/hook/private-only"), "version", 0))).hasStatusOk();
		Instant at = ReminderFixtures.utc(fixtures.checkInDay(8), 3, 0);

		planner.planAt(at);
		delivery.deliverDue(at.plusSeconds(60));

		String posted = json.readTree(single("/hook/privacy").body()).get("text").asString();
		assertThat(posted).contains(intro(1)).contains(title(open)).doesNotContain("not public")
			.doesNotContain(title(hiddenKeyResult)).doesNotContain("A plan not yet told")
			.doesNotContain(title(away)).doesNotContain("GroupSecretive");
		// a group whose people only miss private key results hears nothing, not even a count
		assertThat(chat.receivedAt("/hook/private-only")).isEmpty();
		assertThat(notifications.ofChatScope(quiet)).singleElement()
			.satisfies(handled -> assertThat(handled.state()).isEqualTo(Notification.State.SENT));
		// the private key result's owner has it in their own e-mail
		assertThat(notifications.ofRecipient(secretive.session().personId())).singleElement().satisfies(mail -> {
			assertThat(mail.channel()).isEqualTo(Channel.EMAIL);
			assertThat(mail.subjectIds()).containsExactly(hiddenKeyResult);
		});
	}

	@Test
	void aLongListIsCutToWhatWeComTakesWithTheRestCounted() throws Exception {
		var fixtures = new ReminderFixtures(api);
		List<Long> members = new java.util.ArrayList<>();
		String long_ = "进展".repeat(95);
		for (int person = 0; person < 4; person++) {
			var owner = fixtures.owner("GroupMany" + person);
			fixtures.choose(owner, YANGON, false, false);
			api.speaksChinese(owner.session());
			for (int more = 0; more < 3; more++) {
				assertThat(api.post("/api/v1/objectives/" + owner.objectiveId() + "/key-results", owner.session(),
						Map.of("title", long_ + person + more, "kind", "INCREASE", "start", 0, "target", 10, "unit", "tasks",
								"ownerPersonId", owner.session().personId()))).hasStatus(201);
			}
			members.add(owner.session().personId());
		}
		long team = api.newTeam("Group many", null, List.of(), members);
		assertThat(api.put("/api/v1/teams/" + team + "/chat-webhook", api.admin(), Map.of("platform", "WECOM", "url",
				chat.url("/hook/many"), "version", 0))).hasStatusOk();
		Instant at = ReminderFixtures.utc(fixtures.checkInDay(9), 3, 0);

		planner.planAt(at);
		delivery.deliverDue(at.plusSeconds(60));

		String content = json.readTree(single("/hook/many").body()).get("markdown").get("content").asString();
		assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
		assertThat(content).contains("本周还没有进展更新的公开关键结果：16 个。");
		int listed = content.split("\\]\\(http").length - 1;
		assertThat(listed).isBetween(1, GroupComposer.LINES - 1);
		assertThat(content).contains("- ……另有 " + (16 - listed) + " 项");
		assertThat(notifications.ofChatScope(team)).singleElement()
			.satisfies(sent -> assertThat(sent.state()).isEqualTo(Notification.State.SENT));
	}

	@Test
	void aGroupWhoseWebhookWasRemovedIsGivenUpAtOnceWithTheReasonInTheAdminsLanguage() {
		var fixtures = new ReminderFixtures(api);
		var owner = fixtures.owner("GroupGone");
		fixtures.choose(owner, YANGON, false, false);
		long team = api.newTeam("Group gone", null, List.of(), List.of(owner.session().personId()));
		String hook = "/api/v1/teams/" + team + "/chat-webhook";
		assertThat(api.put(hook, api.admin(), Map.of("platform", "SLACK", "url", chat.url("/hook/gone"), "version", 0)))
			.hasStatusOk();
		Instant at = ReminderFixtures.utc(fixtures.checkInDay(10), 3, 0);
		planner.planAt(at);
		Map<String, Object> removal = new HashMap<>();
		removal.put("platform", null);
		removal.put("version", Api.<Integer>read(api.get(hook, api.admin()), "$.version"));
		assertThat(api.put(hook, api.admin(), removal)).hasStatusOk();

		delivery.deliverDue(at.plusSeconds(60));

		assertThat(chat.receivedAt("/hook/gone")).isEmpty();
		Notification given = notifications.ofChatScope(team).get(0);
		assertThat(given.state()).isEqualTo(Notification.State.FAILED);
		assertThat(given.attempts()).isEqualTo(1);
		var listed = api.get("/api/v1/notifications?state=FAILED&size=200", api.admin());
		assertThat(Api.<List<String>>read(listed, "$.items[?(@.id == " + given.id() + ")].failure"))
			.containsExactly("no-chat-webhook");
		assertThat(Api.<List<Integer>>read(listed, "$.items[?(@.id == " + given.id() + ")].teamId")).containsExactly((int) team);
		var admin = api.newPerson("GroupGoneAdmin", true);
		api.speaksChinese(admin);
		var page = Pages.html(new Pages(mvc).get("/admin/notifications", admin));
		var row = page.select("#delivery-" + given.id() + " td");
		assertThat(row.get(0).text()).isEqualTo(teamName(team) + " 的群聊");
		assertThat(row.get(5).text()).isEqualTo("群聊的 Webhook 已被删除。");
	}

	@Test
	void aClaimHoldsFromWhenItIsWrittenNotFromWhenTheRunStarted() {
		var fixtures = new ReminderFixtures(api);
		var owner = fixtures.owner("GroupLongRun");
		fixtures.choose(owner, YANGON, false, false);
		long team = api.newTeam("Group long run", null, List.of(), List.of(owner.session().personId()));
		assertThat(api.put("/api/v1/teams/" + team + "/chat-webhook", api.admin(), Map.of("platform", "SLACK", "url",
				chat.url("/hook/long-run"), "version", 0))).hasStatusOk();
		planner.planAt(ReminderFixtures.utc(fixtures.checkInDay(11), 3, 0));
		long id = notifications.ofChatScope(team).get(0).id();
		jdbc.sql("update notification set next_attempt_at = ? where id = ?")
			.params(SqlValues.timestamp(Instant.now().minus(Duration.ofMinutes(10))), id)
			.update();
		AtomicReference<Instant> heldUntil = new AtomicReference<>();
		AtomicReference<Instant> postedAt = new AtomicReference<>();
		chat.onRequest(request -> {
			postedAt.set(Instant.now());
			heldUntil.set(jdbc.sql("select claimed_until from notification where id = ?").param(id)
				.query((rs, row) -> SqlValues.instant(rs, "claimed_until")).single());
		});
		try {
			// a run that started five minutes ago, as a long batch of slow groups would have
			delivery.deliverDue(Instant.now().minus(Duration.ofMinutes(5)));
		}
		finally {
			chat.onRequest(request -> {
			});
		}

		assertThat(chat.receivedAt("/hook/long-run")).hasSize(1);
		assertThat(heldUntil.get()).as("no other instance may take it while it is being posted")
			.isAfter(postedAt.get().plus(Duration.ofMinutes(1)));
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
		assertThat(notifications.ofChatScope(team)).singleElement().satisfies(refused -> {
			assertThat(refused.state()).isEqualTo(Notification.State.PENDING);
			assertThat(refused.attempts()).isEqualTo(1);
			assertThat(refused.lastError()).contains("93000").contains("invalid webhook url");
		});
		// the pause runs from the failed attempt, on the real clock
		delivery.deliverDue(Instant.now().plus(NotificationDelivery.PAUSES.get(0)).plusSeconds(60));
		assertThat(notifications.ofChatScope(team)).singleElement()
			.satisfies(sent -> assertThat(sent.state()).isEqualTo(Notification.State.SENT));
	}

	private static TestHttpServer.Received single(String path) {
		assertThat(chat.receivedAt(path)).hasSize(1);
		var received = chat.receivedAt(path).get(0);
		assertThat(received.method()).isEqualTo("POST");
		return received;
	}

	private static String intro(int count) {
		return "Public key results without a check-in this week: " + count
				+ ". Whoever owns one: a minute each, where it stands and how confident you are.";
	}

	private String markdown(String heading, ReminderFixtures.Owner owner, long team) {
		return heading + SUBJECT + "\n\nHello " + teamName(team) + ",\n\n" + intro(1) + "\n\n- [" + title(owner) + "]("
				+ link(owner) + ")\n\n" + FOOTER;
	}

	private String title(ReminderFixtures.Owner owner) {
		return title(owner.keyResultId());
	}

	private String title(long keyResultId) {
		return objectives.keyResultsById(List.of(keyResultId)).get(0).title();
	}

	private String teamName(long team) {
		return Api.read(api.get("/api/v1/teams/" + team, api.admin()), "$.name");
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
