package dev.lodestar;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The habits of STYLE.md that a machine can check. */
class ArchitectureRulesTests {

	private final JavaClasses lodestar = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.lodestar");

	@Test
	void injectsThroughConstructorsOnly() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(lodestar);
	}

	@Test
	void keepsControllersPackagePrivateInTheirModulesApiOrWebFolder() {
		classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
			.should().notBePublic()
			.andShould().resideInAnyPackage("..api..", "..web..")
			.check(lodestar);
	}

	@Test
	void keepsRepositoriesInsideTheirModule() {
		classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(lodestar);
	}

	@Test
	void usesNoJpaAndNoLombok() {
		noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "lombok..")
			.check(lodestar);
	}

	@Test
	void namesNothingImplDtoManagerHelperOrUtil() {
		noClasses().should().haveSimpleNameEndingWith("Impl")
			.orShould().haveSimpleNameEndingWith("Dto")
			.orShould().haveSimpleNameEndingWith("DTO")
			.orShould().haveSimpleNameEndingWith("Manager")
			.orShould().haveSimpleNameEndingWith("Helper")
			.orShould().haveSimpleNameEndingWith("Util")
			.orShould().haveSimpleNameEndingWith("Utils")
			.check(lodestar);
	}

	@Test
	void letsNoControllerTalkToARepository() {
		noClasses().that().resideInAnyPackage("..api..", "..web..")
			.should().dependOnClassesThat().areAnnotatedWith(Repository.class)
			.check(lodestar);
	}
}
