package dev.lodestar.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;

/**
 * Makes a creating POST safe to retry. With an {@code Idempotency-Key} header, the first request's
 * result is saved in the same transaction as its effect; a retry with the same key returns that result
 * and changes nothing. A retry is rare, so a request does its work without looking first: the key's
 * primary key refuses a second save, the retry's work rolls back with it, and the first answer is replayed.
 * Two concurrent twins meet the same way: the second waits for the first to commit, then replays it. A retry
 * refused by the first one's effect (its e-mail is taken now) finds the key and replays too.
 */
@Component
public class IdempotentRequests {

	public static final String HEADER = "Idempotency-Key";

	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	static final Duration RETENTION = Duration.ofHours(24);

	private final IdempotencyRepository repository;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	IdempotentRequests(IdempotencyRepository repository, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Creates something once per key: 201 with its location, or the first answer again.
	 *
	 * @param target the method and path of the request, so a key reused on another resource is caught
	 * @param request the parsed body, to catch a key reused with different content
	 */
	public <T> ResponseEntity<T> create(Caller caller, String key, String target, Object request, Class<T> type,
			Supplier<T> action, Function<T, URI> location) {
		Outcome<T> outcome = perform(caller, key, target, request, type, action);
		var response = ResponseEntity.created(location.apply(outcome.result()));
		return outcome.replayed() ? response.header(REPLAYED_HEADER, "true").body(outcome.result()) : response.body(outcome.result());
	}

	/** The same for a form on a page: what the first submit created, once, however often it is sent. */
	public <T> T once(Caller caller, String key, String target, Object request, Class<T> type, Supplier<T> action) {
		return perform(caller, key, target, request, type, action).result();
	}

	private record Outcome<T>(T result, boolean replayed) {
	}

	private <T> Outcome<T> perform(Caller caller, String key, String target, Object request, Class<T> type,
			Supplier<T> action) {
		if (key == null) {
			return new Outcome<>(action.get(), false);
		}
		checkKey(key);
		String fingerprint = fingerprint(target, request);
		try {
			T created = transactions.execute(status -> {
				T result = action.get();
				repository.insert(caller.personId(), key, fingerprint, json.writeValueAsString(result), clock.instant());
				return result;
			});
			return new Outcome<>(created, false);
		}
		catch (DuplicateKeyException usedBefore) {
			var first = repository.find(caller.personId(), key).orElseThrow(() -> usedBefore);
			return new Outcome<>(replay(first, fingerprint, type), true);
		}
		catch (Problem refused) {
			// A retry after the first request committed may be refused by what the first created (an e-mail now
			// taken): that is the first answer to replay, not a refusal.
			var first = repository.find(caller.personId(), key).orElseThrow(() -> refused);
			return new Outcome<>(replay(first, fingerprint, type), true);
		}
	}

	@Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
	void forgetOldKeys() {
		repository.deleteCreatedBefore(clock.instant().minus(RETENTION));
	}

	private <T> T replay(IdempotencyRepository.Stored stored, String fingerprint, Class<T> type) {
		if (!stored.fingerprint().equals(fingerprint)) {
			throw new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					"problem.idempotency-key-reused.detail", List.of());
		}
		return json.readValue(stored.response(), type);
	}

	private static void checkKey(String key) {
		if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
			throw new InvalidInputException(List.of(new FieldViolation(HEADER, "validation.idempotency-key")));
		}
	}

	private String fingerprint(String target, Object request) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(target.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(json.writeValueAsBytes(request));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}
}
