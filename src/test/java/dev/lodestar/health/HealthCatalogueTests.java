package dev.lodestar.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The signal catalogue: bands at their boundaries, thresholds that make sense, and docs and words that match. */
class HealthCatalogueTests {

	@ParameterizedTest
	@CsvSource({ "0.19, HEALTHY", "0.2, WATCH", "0.39, WATCH", "0.4, AT_RISK", "1, AT_RISK", "0, HEALTHY" })
	void aSignalThatWorsensAsItRisesIsWatchFromItsWatchThresholdAndAtRiskFromItsOwn(String value, HealthBand band) {
		assertThat(HealthSignal.NUMBERS_IN_OBJECTIVES.bandOf(new BigDecimal(value))).isEqualTo(band);
	}

	@ParameterizedTest
	@CsvSource({ "1, HEALTHY", "0.6, HEALTHY", "0.59, WATCH", "0.3, WATCH", "0.29, AT_RISK", "0, AT_RISK" })
	void aSignalThatWorsensAsItFallsIsWatchBelowItsWatchThresholdAndAtRiskBelowItsOwn(String value, HealthBand band) {
		assertThat(HealthSignal.ALIGNED_UPWARD.bandOf(new BigDecimal(value))).isEqualTo(band);
	}

	@Test
	void nothingToMeasureIsNotMeasuredNeverHealthy() {
		assertThat(HealthSignal.SANDBAGGED_SCORES.bandOf(null)).isEqualTo(HealthBand.NOT_MEASURED);
		assertThat(HealthSignal.CAP_REFUSALS.bandOf(null)).isEqualTo(HealthBand.NOT_MEASURED);
		assertThat(HealthSignal.CAP_REFUSALS.bandOf(BigDecimal.ZERO)).isEqualTo(HealthBand.HEALTHY);
	}

	@ParameterizedTest
	@EnumSource(HealthSignal.class)
	void theWatchThresholdComesBeforeTheAtRiskOne(HealthSignal signal) {
		int order = signal.watch().compareTo(signal.atRisk());
		assertThat(signal.worse() == HealthSignal.Worse.HIGHER ? order : -order).as(signal.name()).isNegative();
		if (signal.measure() == SignalMeasure.SHARE) {
			assertThat(signal.atRisk()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
			assertThat(signal.watch()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
		}
	}

	@ParameterizedTest
	@EnumSource(HealthSignal.class)
	void docsHealthWritesOutEachSignalsThresholdsAndDirection(HealthSignal signal) throws IOException {
		String docs = Files.readString(Path.of("docs/health.md"));
		var row = Pattern.compile("^\\| `" + signal.name() + "` \\| ([^|]+) \\| [^|]+ \\| (rises|falls) \\| ([0-9.]+) \\| ([0-9.]+) \\|",
				Pattern.MULTILINE).matcher(docs);

		assertThat(row.find()).as("a row for " + signal.name()).isTrue();
		assertThat(row.group(1).strip().replace('-', '_')).isEqualToIgnoringCase(signal.family().name());
		assertThat(row.group(2)).isEqualTo(signal.worse() == HealthSignal.Worse.HIGHER ? "rises" : "falls");
		assertThat(new BigDecimal(row.group(3))).isEqualByComparingTo(signal.watch());
		assertThat(new BigDecimal(row.group(4))).isEqualByComparingTo(signal.atRisk());
	}

	@ParameterizedTest
	@EnumSource(HealthSignal.class)
	void everySignalIsNamedExplainedAndAdvisedInEnglishAndChinese(HealthSignal signal) throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_zh_CN.properties" }) {
			Properties messages = new Properties();
			try (InputStream in = HealthCatalogueTests.class.getResourceAsStream("/" + bundle)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (String part : new String[] { "name", "explain", "advice" }) {
				assertThat(messages.getProperty(signal.messageKey(part))).as(bundle + " " + signal.messageKey(part)).isNotBlank();
			}
		}
	}
}
