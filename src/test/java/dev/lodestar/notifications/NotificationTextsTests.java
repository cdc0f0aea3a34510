package dev.lodestar.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dev.lodestar.webhooks.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages name notification kinds, channels, chat platforms and webhook events by message keys built from the enum's
 * names: a value added to an enum needs its words, which nothing else would notice until a page showed the key.
 */
class NotificationTextsTests {

	@Test
	void everyKindChannelPlatformAndEventHasItsWordsInEnglish() throws IOException {
		Properties english = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (NotificationKind kind : NotificationKind.values()) {
			assertThat(english).containsKey("notifications.kind." + kind.name());
		}
		for (Channel channel : Channel.values()) {
			assertThat(english).containsKey("notifications.channel." + channel.name());
		}
		for (ChatPlatform platform : ChatPlatform.values()) {
			assertThat(english).containsKey("notifications.chat.platform." + platform.name());
		}
		for (WebhookEvent event : WebhookEvent.values()) {
			assertThat(english).containsKey("webhooks.event." + event.name());
		}
	}
}
