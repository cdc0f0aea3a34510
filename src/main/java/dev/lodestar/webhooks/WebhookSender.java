package dev.lodestar.webhooks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.outbox.ClaimRun;
import dev.lodestar.platform.outbound.OutboundHttp;

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

	/** How long a claim holds: far longer than one post may take ({@link #DEADLINE}). */
	private static final Duration HOLD = Duration.ofMinutes(2);

	/** A receiver answers a delivery at once and works on it later; the whole exchange ends by then. */
	static final Duration DEADLINE = Duration.ofSeconds(10);

	private static final Duration TICK = Duration.ofSeconds(30);

	private static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private final WebhookRepository webhooks;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final OutboundHttp http;

	private final PeopleManagement people;

	WebhookSender(WebhookRepository webhooks, PlatformTransactionManager transactions, Clock clock, OutboundHttp http,
			PeopleManagement people) {
		this.people = people;
		this.webhooks = webhooks;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.http = http;
	}

	/**
	 * Posts what is due at {@code now}, batch after batch for up to {@link #TICK}; answers how many were delivered. Each
	 * claim holds from the clock's instant when it is written, however long the batch has run.
	 */
	int deliverDue(Instant now) {
		var run = new ClaimRun(clock, HOLD, TICK);
		int delivered = 0;
		for (List<Long> due = dueAt(now); !due.isEmpty() && run.timeLeft(); due = dueAt(now)) {
			int tried = 0;
			for (long id : due) {
				if (!run.timeLeft()) {
					return delivered;
				}
				if (Boolean.TRUE.equals(transaction.execute(status -> run.claim((at, until) -> webhooks.claim(id, at, until))))) {
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

	/** A deactivated person's webhooks hear nothing: their deliveries wait, as a paused webhook's do. */
	private List<Long> dueAt(Instant now) {
		return transaction.execute(status -> webhooks.due(now, people.activeAmong(webhooks.owners()), BATCH));
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
			String seconds = Long.toString(clock.instant().getEpochSecond());
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Content-Type", "application/json; charset=utf-8");
			headers.put("User-Agent", "Lodestar-Webhooks/1");
			headers.put("X-Lodestar-Event", outgoing.event().type());
			headers.put("X-Lodestar-Delivery", outgoing.eventId());
			headers.put("X-Lodestar-Signature",
					"t=" + seconds + ",v1=" + sign(outgoing.target().secret(), seconds + "." + outgoing.payload()));
			var response = http.post(target, headers, outgoing.payload(), DEADLINE);
			status = response.status();
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
