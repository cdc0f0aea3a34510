package dev.lodestar.feeds;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a number at a pointer: a JSON number or a string holding one; anything else is never a zero. */
class FeedReaderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static FeedReading at(String json, String pointer) {
		JsonNode document = JSON.readTree(json);
		return FeedReader.valueAt(document, pointer);
	}

	@Test
	void readsANumberOrAStringHoldingOne() {
		assertThat(at("{\"data\": {\"count\": 42}}", "/data/count").value()).isEqualByComparingTo("42");
		assertThat(at("{\"data\": [{\"share\": \" 12.5 \"}]}", "/data/0/share").value()).isEqualByComparingTo("12.5");
		assertThat(at("-3.25e2", "").value()).isEqualByComparingTo("-325");
		assertThat(at("{\"n\": 0}", "/n").value()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void roundsToTheFourDecimalsACheckInKeeps() {
		assertThat(at("{\"n\": 1.234567}", "/n").value()).isEqualTo(new BigDecimal("1.2346"));
	}

	@Test
	void takesAbsentAndNullForMissing() {
		assertThat(at("{\"data\": {}}", "/data/count").failure()).isEqualTo(FeedOutcome.MISSING);
		assertThat(at("{\"data\": {\"count\": null}}", "/data/count").failure()).isEqualTo(FeedOutcome.MISSING);
		assertThat(at("[1, 2]", "/5").failure()).isEqualTo(FeedOutcome.MISSING);
	}

	@Test
	void takesEverythingElseForMalformedAndSaysWhatItWas() {
		assertThat(at("{\"n\": \"lots\"}", "/n")).isEqualTo(FeedReading.failed(FeedOutcome.MALFORMED, "lots"));
		assertThat(at("{\"n\": \"\"}", "/n").failure()).isEqualTo(FeedOutcome.MALFORMED);
		assertThat(at("{\"n\": \"NaN\"}", "/n").failure()).isEqualTo(FeedOutcome.MALFORMED);
		assertThat(at("{\"n\": true}", "/n")).isEqualTo(FeedReading.failed(FeedOutcome.MALFORMED, "true"));
		assertThat(at("{\"n\": {\"value\": 3}}", "/n")).isEqualTo(FeedReading.failed(FeedOutcome.MALFORMED, "{\"value\":3}"));
		assertThat(at("{\"n\": \"1e999999999\"}", "/n").failure()).isEqualTo(FeedOutcome.MALFORMED);
		assertThat(at("{\"n\": 1e999}", "/n").failure()).isEqualTo(FeedOutcome.MALFORMED);
		assertThat(at("{\"n\": 12345678901234567890}", "/n").failure()).isEqualTo(FeedOutcome.MALFORMED);
	}
}
