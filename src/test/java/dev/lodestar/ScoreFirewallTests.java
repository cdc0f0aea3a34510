package dev.lodestar;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import dev.lodestar.scoring.ScoreRecorded;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The firewall between OKR scores and everything else, appraisal above all: outside the {@code scoring} module (and
 * its own web and API folders) no class uses a scoring class or names a scoring table. Other modules may only hear
 * scoring's events, and those carry no score; KPIs and appraisal may not even hear those.
 * <p>
 * Each rule is a check that runs twice: on the production code, where it must find nothing, and on a fixture in
 * these test sources ({@code dev.lodestar.firewallfixture}, {@code src/test/resources/firewall-fixture}) that breaks
 * it on purpose, where it must report the offender by name. A check that silently stopped matching anything would
 * otherwise pass forever.
 */
class ScoreFirewallTests {

	/** Events tell that something happened (a score was given, a review was held), never a value. */
	private static final Set<String> EVENTS = Set.of("dev.lodestar.scoring.ScoreRecorded",
			"dev.lodestar.scoring.ReviewHeld");

	/**
	 * What scoring publishes for OKR health: the range a final score falls in and the weeks a review was held, never a
	 * score (ADR 0009). Only {@code health} may use it; KPIs and appraisal use nothing of scoring at all.
	 */
	private static final Set<String> FOR_HEALTH = Set.of("dev.lodestar.scoring.ScoreFacts",
			"dev.lodestar.scoring.FinalScoreRange");

	private static final String FIXTURES = "dev.lodestar.firewallfixture";

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Main classes only: the fixtures (test classes) must never count as production code. */
	private static final JavaClasses LODESTAR = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.lodestar");

	/** The fixtures alone, which are test classes. */
	private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURES);

	// The checks

	/** No class outside scoring uses a scoring class other than its events and what it publishes for health. */
	static ArchRule onlyScoringUsesScoreData() {
		DescribedPredicate<JavaClass> scoreData = DescribedPredicate.describe("score data",
				type -> type.getPackageName().startsWith("dev.lodestar.scoring") && !EVENTS.contains(type.getName())
						&& !FOR_HEALTH.contains(type.getName()));
		return noClasses().that().resideOutsideOfPackage("dev.lodestar.scoring..")
			.should().dependOnClassesThat(scoreData);
	}

	/** What scoring publishes for health is for health alone. */
	static ArchRule onlyHealthUsesWhatScoringPublishesForIt() {
		DescribedPredicate<JavaClass> forHealth = DescribedPredicate.describe("what scoring publishes for health",
				type -> FOR_HEALTH.contains(type.getName()));
		return noClasses().that().resideOutsideOfPackages("dev.lodestar.scoring..", "dev.lodestar.health..")
			.should().dependOnClassesThat(forHealth);
	}

	/**
	 * The KPI and appraisal code under {@code root} depends on no scoring class at all, not even its events: what
	 * appraisal could hear, it could one day count.
	 */
	static ArchRule kpisAndAppraisalIgnoreScoring(String root) {
		return noClasses().that().resideInAnyPackage(root + ".kpis..", root + ".appraisal..")
			.should().dependOnClassesThat().resideInAPackage("dev.lodestar.scoring..");
	}

	/** Every file under the roots (but those skipped) that names a scoring table, as "file names table". */
	static List<String> filesNamingScoringTables(List<Path> roots, Predicate<Path> skipped) throws IOException {
		List<String> tables = scoringTables();
		List<String> leaks = new ArrayList<>();
		for (Path root : roots) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).filter(skipped.negate()).sorted().toList()) {
					String text = Files.readString(file);
					tables.stream()
						.filter(table -> Pattern.compile("\\b" + table + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find())
						.forEach(table -> leaks.add(file + " names " + table));
				}
			}
		}
		return leaks;
	}

	// Production: nothing found

	@Test
	void noClassOutsideScoringUsesScoreData() {
		onlyScoringUsesScoreData().check(LODESTAR);
		onlyHealthUsesWhatScoringPublishesForIt().check(LODESTAR);
	}

	@Test
	void whatScoringPublishesForHealthCarriesNoScore() throws ClassNotFoundException {
		for (var method : Class.forName("dev.lodestar.scoring.ScoreFacts").getDeclaredMethods()) {
			if (java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
				assertThat(method.getGenericReturnType().getTypeName()).as(method.getName())
					.doesNotContain("BigDecimal", "Double", "double", "dev.lodestar.scoring.Score", "ScoreBand");
			}
		}
		assertThat(Class.forName("dev.lodestar.scoring.FinalScoreRange").isEnum()).isTrue();
	}

	/**
	 * No allowEmptyShould(true): the kpis module exists, so the rule always has classes to hold to, and a rule
	 * that silently matched nothing (after a rename, say) fails instead of passing. (While neither kpis nor
	 * appraisal existed this needed allowEmptyShould(true); the fixture test below proves the rule fires.)
	 */
	@Test
	void kpisAndAppraisalDependOnNoScoringClassNotEvenItsEvents() {
		assertThat(LODESTAR.stream().map(JavaClass::getPackageName)).anyMatch(name -> name.startsWith("dev.lodestar.kpis"));
		kpisAndAppraisalIgnoreScoring("dev.lodestar").check(LODESTAR);
	}

	/**
	 * The motivation pulse is never visible to appraisal (issue 10, ADR 0016): KPIs and appraisal use no pulse class
	 * and name no pulse table, so what people said about their motivation can never weigh on how they are appraised.
	 */
	@Test
	void kpisAndAppraisalDependOnNothingOfThePulse() throws IOException {
		assertThat(LODESTAR.stream().map(JavaClass::getPackageName)).anyMatch(name -> name.startsWith("dev.lodestar.pulse"));
		noClasses().that().resideInAnyPackage("dev.lodestar.kpis..", "dev.lodestar.appraisal..")
			.should().dependOnClassesThat().resideInAPackage("dev.lodestar.pulse..")
			.check(LODESTAR);
		List<String> leaks = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java/dev/lodestar/kpis"), Path.of("src/main/java/dev/lodestar/appraisal"),
				Path.of("src/main/jte/kpis"), Path.of("src/main/jte/appraisal"))) {
			try (var files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					if (Pattern.compile("\\bpulse\\w*", Pattern.CASE_INSENSITIVE).matcher(Files.readString(file)).find()) {
						leaks.add(file.toString());
					}
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void noSourceOutsideScoringNamesAScoringTable() throws IOException {
		List<Path> roots = List.of(Path.of("src/main/java/dev/lodestar"), Path.of("src/main/jte"), MIGRATIONS);
		Predicate<Path> scoringOwn = file -> file.startsWith(Path.of("src/main/java/dev/lodestar/scoring"))
				|| file.startsWith(Path.of("src/main/jte/scoring")) || file.getFileName().toString().contains("__scoring_");

		assertThat(filesNamingScoringTables(roots, scoringOwn)).isEmpty();
	}

	@Test
	void theProductionChecksSeeMainClassesOnly() {
		assertThat(LODESTAR.contain(dev.lodestar.scoring.ScoreManagement.class)).isTrue();
		assertThat(LODESTAR.stream().map(JavaClass::getPackageName)).noneMatch(name -> name.startsWith(FIXTURES));
		assertThat(LODESTAR.stream().map(JavaClass::getName)).noneMatch(name -> name.endsWith("Tests"));
	}

	// Fixtures: the offender reported by name

	@Test
	void reportsAKpiClassThatReadsScores() {
		EvaluationResult result = onlyScoringUsesScoreData().evaluate(FIXTURE_CLASSES);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails())
			.anyMatch(line -> line.contains("dev.lodestar.firewallfixture.kpis.ScorePeekingKpiBoard")
					&& line.contains("dev.lodestar.scoring.ScoreManagement"));
		assertThat(result.getFailureReport().getDetails()).noneMatch(line -> line.contains("ScoreEventListeningAppraisal"));
	}

	@Test
	void reportsAppraisalCodeThatHearsEvenAScoringEvent() {
		EvaluationResult result = kpisAndAppraisalIgnoreScoring(FIXTURES).evaluate(FIXTURE_CLASSES);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails())
			.anyMatch(line -> line.contains("dev.lodestar.firewallfixture.appraisal.ScoreEventListeningAppraisal")
					&& line.contains(ScoreRecorded.class.getName()))
			.anyMatch(line -> line.contains("dev.lodestar.firewallfixture.kpis.ScorePeekingKpiBoard"));
	}

	@Test
	void reportsAFileWhoseSqlReadsAScoringTable() throws IOException {
		List<String> leaks = filesNamingScoringTables(List.of(Path.of("src/test/resources/firewall-fixture")), file -> false);

		assertThat(leaks).containsExactly(
				Path.of("src/test/resources/firewall-fixture/appraisal-report-query.txt") + " names key_result_score");
	}

	// The events themselves

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
					tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		assertThat(tables).contains("key_result_score", "score_feedback");
		return tables;
	}
}
