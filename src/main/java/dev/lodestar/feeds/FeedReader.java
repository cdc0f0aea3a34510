package dev.lodestar.feeds;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.lodestar.platform.jdbc.SqlValues;
import dev.lodestar.platform.outbound.OutboundHttp;

/**
 * Reads the number at a JSON pointer from an address. A deadline on the whole read and a size limit, because a pull
 * runs on the timer every instance shares: one slow, trickling or endless answer must not hold the others back.
 */
@Component
class FeedReader {

	/** Connecting, asking and reading the whole answer (five seconds to connect and ten to answer, as before). */
	static final Duration DEADLINE = Duration.ofSeconds(15);

	private static final int MAX_INTEGER_DIGITS = 15;

	/** Shown of a value that is no number: enough to recognise it. */
	private static final int SHOWN = 100;

	private final JsonMapper json;

	private final OutboundHttp http;

	private final Duration deadline;

	@Autowired
	FeedReader(JsonMapper json, OutboundHttp http) {
		this(json, http, DEADLINE);
	}

	FeedReader(JsonMapper json, OutboundHttp http, Duration deadline) {
		this.json = json;
		this.http = http;
		this.deadline = deadline;
	}

	FeedReading read(String url, String pointer) {
		OutboundHttp.Answer answer;
		try {
			answer = http.get(URI.create(url), Map.of("Accept", "application/json"), deadline);
		}
		catch (IOException | IllegalArgumentException unreachable) {
			return FeedReading.failed(FeedOutcome.UNREACHABLE, reason(unreachable));
		}
		if (!answer.successful()) {
			return FeedReading.failed(FeedOutcome.HTTP_ERROR, String.valueOf(answer.status()));
		}
		// a number in a status document needs far less; more is not the document we were told about
		if (answer.tooLarge()) {
			return FeedReading.failed(FeedOutcome.NOT_JSON, null);
		}
		try {
			// decimals as written: 0.1 stays 0.1, and 1e999 is a number too large to record rather than infinity
			return valueAt(json.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(answer.body()), pointer);
		}
		catch (JacksonException notJson) {
			return FeedReading.failed(FeedOutcome.NOT_JSON, null);
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
