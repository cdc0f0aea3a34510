package dev.lodestar.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;
import dev.lodestar.support.TestHttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → Webhooks: registering in Chinese, the secret shown once, a refusal next to its field, and the log. */
class WebhookPagesIntegrationTests extends ApiIntegrationTest {

	private static TestHttpServer receiver;

	@Autowired
	WebhookSender sender;

	private Pages pages;

	@BeforeAll
	static void startReceiver() {
		receiver = TestHttpServer.start();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void aPersonRegistersAWebhookSeesItsSecretOnceAndReadsItsLogInChinese() {
		var person = api.newPerson("HookPages");
		api.speaksChinese(person);

		var refused = pages.postAll("/settings/webhooks", person, form("not an address", "OBJECTIVE_CREATED", null));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#webhook-url-error").text()).isEqualTo("必须是 http 或 https 地址");
		assertThat(Pages.html(refused).select("#webhook-event-OBJECTIVE_CREATED").hasAttr("checked")).isTrue();
		var none = pages.postAll("/settings/webhooks", person, form(receiver.url("/hook/pages"), null, null));
		assertThat(Pages.html(none).select("#webhook-events-error").text()).isNotBlank();
		assertThat(Api.body(api.get("/api/v1/webhooks", person))).isEqualTo("[]");

		String key = UUID.randomUUID().toString();
		var registered = Pages.html(pages.postAll("/settings/webhooks", person, form(receiver.url("/hook/pages"), "OBJECTIVE_CREATED", key)));
		String secret = registered.select("#webhook-secret").val();
		assertThat(secret).startsWith("whsec_");
		assertThat(registered.select("div.new-token strong").text()).isEqualTo("Webhook 已注册。请立即复制签名密钥：它不会再次显示。");
		var again = Pages.html(pages.postAll("/settings/webhooks", person, form(receiver.url("/hook/pages"), "OBJECTIVE_CREATED", key)));
		assertThat(again.select("#webhook-secret")).isEmpty();
		assertThat(again.select("#webhooks-table tbody tr")).hasSize(1);
		long webhook = Api.<Number>read(api.get("/api/v1/webhooks", person), "$[0].id").longValue();

		api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Seen by another system");
		sender.deliverDue(Instant.now());

		var log = Pages.html(pages.get("/settings/webhooks/" + webhook, person));
		assertThat(log.select("h1").text()).isEqualTo("Webhook 的投递记录");
		assertThat(log.select("#webhook-deliveries tbody tr")).hasSize(1);
		assertThat(log.select("#webhook-deliveries tbody tr td").get(2).text()).isEqualTo("已送达");
		assertThat(pages.get("/settings/webhooks/" + webhook, api.newPerson("HookPagesStranger"))).hasStatus(404);

		assertThat(pages.post("/settings/webhooks/" + webhook + "/remove", person, Map.of())).hasStatus(302);
		assertThat(api.get("/api/v1/webhooks/" + webhook, person)).hasStatus(404);
	}

	private static LinkedMultiValueMap<String, String> form(String url, String event, String key) {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("url", url);
		if (event != null) {
			form.add("events", event);
		}
		if (key != null) {
			form.add("idempotencyKey", key);
		}
		return form;
	}
}
