package dev.lodestar.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.lodestar.platform.jdbc.SqlValues;
import dev.lodestar.platform.outbound.OutboundAddresses;

/**
 * Reads the number at a JSON pointer from an address. Short time-outs and a size limit, because a pull runs on the
 * timer every instance shares: one slow or endless answer must not hold the others back.
 */
@Component
class FeedReader {

	private static final Duration CONNECT = Duration.ofSeconds(5);

	private static final Duration ANSWER = Duration.ofSeconds(10);

	/** A number in a status document needs far less; more is not the document we were told about. */
	private static final int MAX_BYTES = 1 << 20;

	private static final int MAX_INTEGER_DIGITS = 15;

	/** Shown of a value that is no number: enough to recognise it. */
	private static final int SHOWN = 100;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(CONNECT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final JsonMapper json;

	private final OutboundAddresses addresses;

	FeedReader(JsonMapper json, OutboundAddresses addresses) {
		this.json = json;
		this.addresses = addresses;
	}

	FeedReading read(String url, String pointer) {
		HttpResponse<InputStream> response;
		try {
			URI target = URI.create(url);
			addresses.requirePublic(target);
			response = http.send(HttpRequest.newBuilder(target).timeout(ANSWER).header("Accept", "application/json")
				.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException | IllegalArgumentException unreachable) {
			return FeedReading.failed(FeedOutcome.UNREACHABLE, reason(unreachable));
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			return FeedReading.failed(FeedOutcome.UNREACHABLE, reason(stopping));
		}
		try (InputStream body = response.body()) {
			if (response.statusCode() / 100 != 2) {
				return FeedReading.failed(FeedOutcome.HTTP_ERROR, String.valueOf(response.statusCode()));
			}
			byte[] bytes = body.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				return FeedReading.failed(FeedOutcome.NOT_JSON, null);
			}
			// decimals as written: 0.1 stays 0.1, and 1e999 is a number too large to record rather than infinity
			return valueAt(json.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(bytes), pointer);
		}
		catch (JacksonException notJson) {
			return FeedReading.failed(FeedOutcome.NOT_JSON, null);
		}
		catch (IOException broken) {
			return FeedReading.failed(FeedOutcome.UNREACHABLE, reason(broken));
		}
	}

	/** A JSON number, or a string that holds one (many status pages quote their numbers); nothing else. */
	static FeedReading valueAt(JsonNode document, String pointer) {
		JsonNode node = document.at(JsonPointer.compile(pointer));
		if (node.isMissingNode() || node.isNull()) {
			return FeedReading.failed(FeedOutcome.MISSING, null);
		}
		if (node.isNumber()) {
			try {
				return recordable(node.decimalValue(), node.toString());
			}
			catch (JacksonException notFinite) {
				return FeedReading.failed(FeedOutcome.MALFORMED, shown(node.toString()));
			}
		}
		if (node.isString()) {
			try {
				return recordable(new BigDecimal(node.stringValue().strip()), node.stringValue());
			}
			catch (NumberFormatException notANumber) {
				return FeedReading.failed(FeedOutcome.MALFORMED, shown(node.stringValue()));
			}
		}
		return FeedReading.failed(FeedOutcome.MALFORMED, shown(node.toString()));
	}

	/**
	 * Check-ins keep up to fifteen digits before the point and four after: more decimals are rounded, a larger
	 * number is no reading of a key result (and {@code 1e999999999} must not be written out in full).
	 */
	private static FeedReading recordable(BigDecimal value, String text) {
		if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
			return FeedReading.failed(FeedOutcome.MALFORMED, shown(text));
		}
		return FeedReading.number(SqlValues.plain(value.setScale(4, RoundingMode.HALF_UP)));
	}

	private static String shown(String text) {
		return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
	}

	private static String reason(Exception failure) {
		return failure.getMessage() == null ? failure.getClass().getSimpleName()
				: failure.getClass().getSimpleName() + ": " + failure.getMessage();
	}
}
