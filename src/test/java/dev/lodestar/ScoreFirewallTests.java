package dev.lodestar;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import dev.lodestar.scoring.ScoreRecorded;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The firewall between OKR scores and everything else, appraisal above all: outside the {@code scoring} module (and
 * its own web and API folders) no class uses a scoring class or names a scoring table. Other modules may only hear
 * scoring's events, and those carry no score. When the KPI module arrives it is held to the same rules by being
 * outside {@code scoring}.
 */
class ScoreFirewallTests {

	/** Events tell that something happened (a score was given, a review was held), never a value. */
	private static final Set<String> EVENTS = Set.of("dev.lodestar.scoring.ScoreRecorded",
			"dev.lodestar.scoring.ReviewHeld");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private final JavaClasses lodestar = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.lodestar");

	@Test
	void noClassOutsideScoringUsesScoreData() {
		DescribedPredicate<JavaClass> scoreData = DescribedPredicate.describe("score data",
				type -> type.getPackageName().startsWith("dev.lodestar.scoring") && !EVENTS.contains(type.getName()));
		noClasses().that().resideOutsideOfPackage("dev.lodestar.scoring..")
			.should().dependOnClassesThat(scoreData)
			.check(lodestar);
	}

	@Test
	void noSourceOutsideScoringNamesAScoringTable() throws IOException {
		List<String> tables = scoringTables();
		assertThat(tables).contains("key_result_score", "score_feedback");
		List<String> leaks = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java/dev/lodestar"), Path.of("src/main/jte"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					if (file.startsWith(root.resolve("scoring"))) {
						continue;
					}
					String text = Files.readString(file);
					tables.stream()
						.filter(table -> Pattern.compile("\\b" + table + "\\b").matcher(text).find())
						.forEach(table -> leaks.add(file + " names " + table));
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void scoringEventsCarryNoScore() throws ClassNotFoundException {
		for (String event : EVENTS) {
			Class<?> type = Class.forName(event);
			for (var component : type.getRecordComponents()) {
				assertThat(component.getType()).as(event + "." + component.getName())
					.isNotEqualTo(BigDecimal.class)
					.isNotEqualTo(Double.class)
					.isNotEqualTo(double.class);
				assertThat(component.getType().getPackageName()).as(event + "." + component.getName())
					.isNotEqualTo("dev.lodestar.scoring");
			}
		}
		assertThat(ScoreRecorded.class.isRecord()).isTrue();
	}

	/** Every table a scoring migration creates. */
	private static List<String> scoringTables() throws IOException {
		List<String> tables = new ArrayList<>();
		Pattern createTable = Pattern.compile("create table (\\w+)", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.getFileName().toString().contains("__scoring_")).toList()) {
				Matcher matcher = createTable.matcher(Files.readString(file));
				while (matcher.find()) {
					tables.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		return tables;
	}
}
