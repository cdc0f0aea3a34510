package dev.lodestar.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.platform.outbound.OutboundAddresses;

/**
 * Posts what is due (ADR 0011), claimed first so that two instances never post the same delivery, signed so the
 * receiver can tell it came from here and was not replayed: {@code X-Lodestar-Signature: t=<unix seconds>,
 * v1=<hex HMAC-SHA256 of "<t>.<body>" with the webhook's secret>}. Any 2xx answer delivers; anything else is tried again
 * after a growing pause, then FAILED and shown in the webhook's log, where its owner can put it back in line.
 */
@Component
class WebhookSender {

	/** The pauses after the first, second, … failed attempt; after the last one, no more tries. */
	static final List<Duration> PAUSES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(6));

	private static final Duration HOLD = Duration.ofMinutes(2);

	private static final Duration TICK = Duration.ofSeconds(30);

	private static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final WebhookRepository webhooks;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final OutboundAddresses addresses;

	WebhookSender(WebhookRepository webhooks, PlatformTransactionManager transactions, Clock clock,
			OutboundAddresses addresses) {
		this.webhooks = webhooks;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.addresses = addresses;
	}

	/** Posts what is due at {@code now}, batch after batch for up to {@link #TICK}; answers how many were delivered. */
	int deliverDue(Instant now) {
		long until = System.nanoTime() + TICK.toNanos();
		int delivered = 0;
		for (List<Long> due = dueAt(now); !due.isEmpty() && System.nanoTime() < until; due = dueAt(now)) {
			int tried = 0;
			for (long id : due) {
				if (Boolean.TRUE.equals(transaction.execute(status -> webhooks.claim(id, now, now.plus(HOLD))))) {
					tried++;
					delivered += post(id) ? 1 : 0;
				}
			}
			if (tried == 0 || due.size() < BATCH) {
				return delivered;
			}
		}
		return delivered;
	}

	private List<Long> dueAt(Instant now) {
		return transaction.execute(status -> webhooks.due(now, BATCH));
	}

	private boolean post(long id) {
		var outgoing = transaction.execute(status -> webhooks.outgoing(id)).orElse(null);
		if (outgoing == null) {
			return false;
		}
		Integer status = null;
		String error;
		try {
			URI target = URI.create(outgoing.target().url());
			addresses.requirePublic(target);
			String seconds = Long.toString(clock.instant().getEpochSecond());
			HttpRequest request = HttpRequest.newBuilder(target)
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json; charset=utf-8")
				.header("User-Agent", "Lodestar-Webhooks/1")
				.header("X-Lodestar-Event", outgoing.event().type())
				.header("X-Lodestar-Delivery", outgoing.eventId())
				.header("X-Lodestar-Signature", "t=" + seconds + ",v1="
						+ sign(outgoing.target().secret(), seconds + "." + outgoing.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(outgoing.payload(), StandardCharsets.UTF_8))
				.build();
			HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
			status = response.statusCode();
			if (status / 100 == 2) {
				int answered = status;
				transaction.executeWithoutResult(done -> webhooks.delivered(id, answered, clock.instant()));
				return true;
			}
			error = "HTTP " + status;
		}
		catch (IOException | IllegalArgumentException failed) {
			error = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		int attempt = outgoing.attempts() + 1;
		Instant next = attempt > PAUSES.size() ? null : clock.instant().plus(PAUSES.get(attempt - 1));
		log.warn("Webhook delivery {} to webhook {} failed (attempt {}): {}", id, outgoing.target().id(), attempt, error);
		Integer answered = status;
		String reason = error;
		transaction.executeWithoutResult(done -> webhooks.failed(id, answered, reason, next));
		return false;
	}

	static String sign(String secret, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException noHmac) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", noHmac);
		}
	}
}
