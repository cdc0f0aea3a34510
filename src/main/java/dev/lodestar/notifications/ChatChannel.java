package dev.lodestar.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.IntFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.lodestar.platform.outbound.OutboundHttp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts a message to a chat group's incoming webhook, in the platform's own format, signed where the platform
 * checks signatures. A platform that refuses a message says so in its answer (Feishu's {@code code}, DingTalk's and
 * WeCom's {@code errcode}) even with HTTP 200, so the answer is read, not only its status.
 */
@Component
class ChatChannel {

	/** The whole exchange, from connecting to the answer's last byte. */
	private static final Duration TIME_OUT = Duration.ofSeconds(10);

	private final OutboundHttp http;

	private final JsonMapper json;

	private final Clock clock;


	private final MessageSource messages;

	ChatChannel(JsonMapper json, Clock clock, OutboundHttp http, MessageSource messages) {
		this.json = json;
		this.messages = messages;
		this.clock = clock;
		this.http = http;
	}

	void post(ChatHook hook, Message message) throws IOException, Undeliverable {
		ObjectNode body = fitting(hook.platform(), message);
		String url = hook.url();
		long now = clock.millis();
		if (hook.secret() != null && hook.platform() == ChatPlatform.FEISHU) {
			String seconds = Long.toString(now / 1000);
			body.put("timestamp", seconds).put("sign", hmac(seconds + "\n" + hook.secret(), ""));
		}
		else if (hook.secret() != null && hook.platform() == ChatPlatform.DINGTALK) {
			String sign = hmac(hook.secret(), now + "\n" + hook.secret());
			url += (url.contains("?") ? "&" : "?") + "timestamp=" + now + "&sign=" + URLEncoder.encode(sign, StandardCharsets.UTF_8);
		}
		OutboundHttp.Answer answer = http.post(URI.create(url), Map.of("Content-Type", "application/json; charset=utf-8"),
				json.writeValueAsString(body), TIME_OUT);
		if (!answer.successful()) {
			throw new IOException("HTTP " + answer.status() + ": " + excerpt(answer.text()));
		}
		refusal(hook.platform(), answer.text());
	}

	/**
	 * The message in the platform's format, as many of its lines as the platform takes and the others counted in a
	 * last line: a platform refuses a message over its size, and a refusal would be retried in vain.
	 */
	ObjectNode fitting(ChatPlatform platform, Message message) throws Undeliverable {
		IntFunction<String> omitted = count -> messages.getMessage("notifications.chat.omitted", new Object[] { count },
				message.locale());
		ObjectNode body = ChatPayloads.of(platform, message.spelledOut(omitted), json);
		for (int keep = message.lineCount() - 1; keep >= 0 && size(body) > platform.maxBytes(); keep--) {
			body = ChatPayloads.of(platform, message.keeping(keep).spelledOut(omitted), json);
		}
		if (size(body) > platform.maxBytes()) {
			throw new Undeliverable("too-large"); // its words alone exceed the platform's size: retrying cannot help
		}
		return body;
	}

	private int size(ObjectNode body) {
		return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8).length;
	}

	/** Feishu, DingTalk and WeCom answer 200 with an error code in the body when they refuse a message. */
	private void refusal(ChatPlatform platform, String answer) throws IOException {
		if (platform != ChatPlatform.FEISHU && platform != ChatPlatform.DINGTALK && platform != ChatPlatform.WECOM) {
			return;
		}
		JsonNode read;
		try {
			read = json.readTree(answer);
		}
		catch (RuntimeException notJson) {
			throw new IOException("unreadable answer: " + excerpt(answer));
		}
		JsonNode code = read.get(platform == ChatPlatform.FEISHU ? "code" : "errcode");
		if (code != null && code.asInt() != 0) {
			JsonNode why = read.get(platform == ChatPlatform.FEISHU ? "msg" : "errmsg");
			throw new IOException("refused (" + code.asInt() + "): " + (why == null ? "" : why.asString()));
		}
	}

	private static String hmac(String key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException noHmac) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", noHmac);
		}
	}

	private static String excerpt(String text) {
		return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
	}
}
