package dev.lodestar.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting the chat webhooks: who may, what is refused and where, and that a secret is never shown again. */
class ChatWebhooksIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void aTeamsLeadSetsItsWebhookWhichOthersCannotReadAndTheSecretIsNeverShown() {
		var lead = api.newPerson("ChatLead");
		var member = api.newPerson("ChatMember");
		long team = api.newTeam("Chat leads", null, List.of(lead.personId()), List.of(member.personId()));
		String path = "/api/v1/teams/" + team + "/chat-webhook";
		assertThat(Api.<Integer>read(api.get(path, lead), "$.version")).isZero();

		var saved = api.put(path, lead, webhook("FEISHU", "https://open.feishu.cn/open-apis/bot/v2/hook/abc", "s3cret", 0));

		assertThat(saved).hasStatusOk();
		assertThat(Api.body(saved)).doesNotContain("s3cret");
		assertThat(Api.<Boolean>read(saved, "$.signed")).isTrue();
		assertThat(api.get(path, member)).hasStatus(403);
		assertThat(api.put(path, member, webhook("SLACK", "https://hooks.slack.com/services/x", null, 1))).hasStatus(403);
		// no secret sent: the saved one is kept; a stale version is refused
		var kept = api.put(path, lead, webhook("FEISHU", "https://open.feishu.cn/open-apis/bot/v2/hook/def", null, 1));
		assertThat(Api.<Boolean>read(kept, "$.signed")).isTrue();
		assertThat(api.put(path, lead, webhook("FEISHU", "https://open.feishu.cn/x", null, 1))).hasStatus(409);
		var removed = api.put(path, lead, webhook(null, null, null, 2));
		assertThat(Api.<Integer>read(removed, "$.version")).isZero();
	}

	@Test
	void badInputIsRefusedOnItsFieldAndChangesNothing() {
		long team = api.newTeam("Chat refusals", null, List.of(), List.of());
		String path = "/api/v1/teams/" + team + "/chat-webhook";

		var notAnAddress = api.put(path, api.admin(), webhook("SLACK", "file:///etc/passwd", null, 0));
		assertThat(notAnAddress).hasStatus(400);
		assertThat(Api.<String>read(notAnAddress, "$.errors[0].field")).isEqualTo("url");
		var unsignedPlatform = api.put(path, api.admin(), webhook("SLACK", "https://hooks.slack.com/services/x", "secret", 0));
		assertThat(unsignedPlatform).hasStatus(400);
		assertThat(Api.<String>read(unsignedPlatform, "$.errors[0].field")).isEqualTo("secret");
		var unknownPlatform = api.put(path, api.admin(), webhook("PIGEON", "https://example.org/hook", null, 0));
		assertThat(unknownPlatform).hasStatus(400);
		assertThat(Api.<String>read(unknownPlatform, "$.errors[0].field")).isEqualTo("platform");
		assertThat(Api.<Integer>read(api.get(path, api.admin()), "$.version")).isZero();
	}

	@Test
	void onlyAdminsSetTheOrganisationsWebhook() {
		String path = "/api/v1/policy/chat-webhook";
		assertThat(api.get(path, api.newPerson("ChatNotAdmin"))).hasStatus(403);
		assertThat(pages.get("/admin/chat-webhook", api.newPerson("ChatNotAdminPage"))).hasStatus(403);
		int version = Api.read(api.get(path, api.admin()), "$.version");
		var saved = api.put(path, api.admin(), webhook("DINGTALK", "https://oapi.dingtalk.com/robot/send?access_token=t", null,
				version));
		try {
			assertThat(saved).hasStatusOk();
			assertThat(Api.<String>read(saved, "$.platform")).isEqualTo("DINGTALK");
			assertThat(Pages.html(pages.get("/admin/chat-webhook", api.admin())).select("#chat-platform option[selected]").val())
				.isEqualTo("DINGTALK");
		}
		finally {
			// other tests' people must not get chat reminders through the organisation's webhook
			assertThat(api.put(path, api.admin(), webhook(null, null, null, Api.read(saved, "$.version")))).hasStatusOk();
		}
	}

	@Test
	void theTeamsPageFormRefusesABadAddressNextToItsFieldInChineseAndSavesAGoodOne() {
		var lead = api.newPerson("ChatPageLead");
		api.speaksChinese(lead);
		long team = api.newTeam("Chat page", null, List.of(lead.personId()), List.of());
		String page = "/teams/" + team + "/chat-webhook";
		assertThat(Pages.html(pages.get(page, lead)).select("#chat-platform option")).hasSize(6);

		var refused = pages.post(page, lead, Map.of("platform", "WECOM", "url", "not an address", "version", "0"));

		assertThat(refused).hasStatus(422);
		var html = Pages.html(refused);
		assertThat(html.select("#chat-url-error").text()).isEqualTo("必须是 http 或 https 地址");
		assertThat(html.select("#chat-platform option[selected]").val()).isEqualTo("WECOM");
		var saved = pages.post(page, lead, Map.of("platform", "WECOM", "url",
				"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "version", "0"));
		assertThat(saved).hasStatus(302).hasRedirectedUrl(page + "?done=saved");
		assertThat(Api.<String>read(api.get("/api/v1/teams/" + team + "/chat-webhook", lead), "$.url"))
			.isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k");
		assertThat(Pages.html(pages.get("/teams/" + team + "/reminder-day-link", lead)).select("a[href=" + page + "]")).hasSize(1);
	}

	private static Map<String, Object> webhook(String platform, String url, String secret, int version) {
		Map<String, Object> webhook = new HashMap<>();
		webhook.put("platform", platform);
		webhook.put("url", url);
		webhook.put("secret", secret);
		webhook.put("version", version);
		return webhook;
	}
}
