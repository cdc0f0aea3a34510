package dev.lodestar.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring against cases worked by hand in {@code readiness/scoring.csv}. */
class ReadinessScoringTests {

	record Case(String name, ReadinessTallies tallies, Integer[] scores, ReadinessStand[] stands, ReadinessStand overall) {

		@Override
		public String toString() {
			return name;
		}
	}

	static List<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		try (InputStream in = ReadinessScoringTests.class.getResourceAsStream("/readiness/scoring.csv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split(";", -1);
				ReadinessTallies tallies = new ReadinessTallies();
				for (String tally : fields[1].trim().split(" ")) {
					String[] parts = tally.split("=");
					String[] counts = parts[1].split("/");
					for (int answer = 1; answer <= 5; answer++) {
						tallies.add(ReadinessQuestion.valueOf(parts[0]), answer, Integer.parseInt(counts[answer - 1]));
					}
				}
				Integer[] scores = new Integer[3];
				ReadinessStand[] stands = new ReadinessStand[3];
				for (int i = 0; i < 3; i++) {
					String score = fields[2 + 2 * i].trim();
					String stand = fields[3 + 2 * i].trim();
					scores[i] = score.isEmpty() ? null : Integer.valueOf(score);
					stands[i] = stand.isEmpty() ? null : ReadinessStand.valueOf(stand);
				}
				cases.add(new Case(fields[0], tallies, scores, stands, ReadinessStand.valueOf(fields[8].trim())));
			}
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(5);
		return cases;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void scoresEachConditionAsWorkedByHand(Case worked) {
		Map<ReadinessCondition, Integer> scores = ReadinessScoring.scores(worked.tallies());

		ReadinessCondition[] conditions = ReadinessCondition.values();
		for (int i = 0; i < conditions.length; i++) {
			assertThat(scores.get(conditions[i])).as(conditions[i].name()).isEqualTo(worked.scores()[i]);
			if (worked.stands()[i] != null) {
				assertThat(ReadinessStand.of(scores.get(conditions[i]))).as(conditions[i].name()).isEqualTo(worked.stands()[i]);
			}
		}
		assertThat(ReadinessScoring.overall(scores)).isEqualTo(worked.overall());
	}
}
