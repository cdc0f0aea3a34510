package dev.lodestar.appraisal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appraisal is stricter than the rest of Lodestar: it may not hear even scoring's events, and nothing it exports or
 * answers has a place for a score. {@code ScoreFirewallTests} keeps every module away from score data and tables.
 */
class AppraisalFirewallTests {

	private final JavaClasses appraisal = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.lodestar.appraisal");

	@Test
	void appraisalDependsOnNothingInScoringNotEvenItsEvents() {
		assertThat(appraisal).isNotEmpty();
		noClasses().that().resideInAPackage("dev.lodestar.appraisal..")
			.should().dependOnClassesThat().resideInAPackage("dev.lodestar.scoring..")
			.check(appraisal);
	}

	@Test
	void noResultOrExportColumnHasRoomForAScore() {
		for (Class<?> type : new Class<?>[] { AppraisalResult.class, ResultLine.class, Assessment.class }) {
			for (var component : type.getRecordComponents()) {
				assertThat(component.getName()).as(type.getSimpleName()).doesNotContainIgnoringCase("score");
			}
		}
		assertThat(AppraisalExport.COLUMNS).noneMatch(key -> key.toLowerCase().contains("score"));
	}
}
