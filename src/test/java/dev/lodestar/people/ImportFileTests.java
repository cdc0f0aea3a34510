package dev.lodestar.people;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ImportFileTests {

	private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	private static final String HEADER = "type,name,email,locale,admin,teams,parent,leads,members\n";

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	private static ImportFile file(String csv) {
		return ImportFile.read(CsvRecords.parse(csv), VALIDATOR);
	}

	private static ImportPlan check(String csv) {
		return file(csv).check(Map.of(), Map.of());
	}

	private static List<ImportError> errorsOf(String csv, Map<String, ImportFile.Known> people, Map<String, List<Long>> teams) {
		try {
			file(csv).check(people, teams);
		}
		catch (ImportRefusedException refused) {
			return refused.errors();
		}
		throw new AssertionError("The file was accepted");
	}

	private static List<ImportError> errorsOf(String csv) {
		return errorsOf(csv, Map.of(), Map.of());
	}

	@Test
	void readsPeopleAndATeamTreeWithTheirRosters() {
		var plan = check(HEADER
				+ "person,Ada Lovelace,ADA@example.com,en,true,Engines,,,\n"
				+ "person,李雷,li.lei@example.com,zh-cn,,Engines;Research,,,\n"
				+ "team,Research,,,,,,ada@example.com,\n"
				+ "team,Engines,,,,,Research,ada@example.com,\n");

		assertThat(plan.people()).extracting(ImportedPerson::email, ImportedPerson::locale, ImportedPerson::admin)
			.containsExactly(tuple("ada@example.com", "en", true), tuple("li.lei@example.com", "zh-CN", false));
		assertThat(plan.newRosters().get("Engines").leads()).containsExactly("ada@example.com");
		assertThat(plan.newRosters().get("Engines").members()).containsExactly("li.lei@example.com");
		assertThat(plan.summary()).isEqualTo(new ImportSummary(2, 2, 4));
	}

	@Test
	void acceptsTheColumnsInAnyOrderAndOnlyThoseItNeeds() {
		var plan = check("name,type\nResearch,team\n");

		assertThat(plan.teams()).extracting(ImportedTeam::name).containsExactly("Research");
	}

	@Test
	void listsEveryBadCellWithItsRowAndColumn() {
		var errors = errorsOf(HEADER
				+ "person,,not-an-email,fr,maybe,,,,\n"
				+ "robot,R2,,,,,,,\n"
				+ "team,Ops,,,,,,x@,\n"
				+ "person,Short,short@example.com\n");

		assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::messageKey).containsExactly(
				tuple(2, "name", "validation.NotBlank"), tuple(2, "email", "validation.Email"),
				tuple(2, "locale", "validation.one-of"), tuple(2, "admin", "validation.must-be-boolean"),
				tuple(3, "type", "validation.one-of"), tuple(4, "leads", "validation.csv-bad-email"),
				tuple(5, null, "validation.csv-field-count"));
	}

	@Test
	void refusesAnUnknownColumnBeforeReadingAnyRow() {
		var errors = errorsOf("type,name,mail\nperson,Ada,ada@example.com\n");

		assertThat(errors).extracting(ImportError::row, ImportError::messageKey).containsExactly(tuple(1, "validation.csv-unknown-column"));
	}

	@Test
	void refusesDuplicatesInTheFileAndWhatExistsAlready() {
		var errors = errorsOf(HEADER
				+ "person,Ada,ada@example.com,,,,,,\n"
				+ "person,Ada again,Ada@Example.com,,,,,,\n"
				+ "person,Grace,grace@example.com,,,,,,\n"
				+ "team,Research,,,,,,,\n"
				+ "team,Research,,,,,,,\n"
				+ "team,Sales,,,,,,,\n",
				Map.of("grace@example.com", new ImportFile.Known(7, true)), Map.of("Sales", List.of(3L)));

		assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::messageKey).containsExactly(
				tuple(3, "email", "validation.csv-duplicate-email"), tuple(4, "email", "validation.email-taken"),
				tuple(6, "name", "validation.csv-duplicate-team"), tuple(7, "name", "validation.csv-team-exists"));
		assertThat(errors.get(0).args()).containsExactly(2);
	}

	@Test
	void refusesUnknownParentsTeamsAndPeopleButKnowsExistingOnes() {
		var errors = errorsOf(HEADER
				+ "person,Ada,ada@example.com,,,Sales;Nowhere,,,\n"
				+ "team,Research,,,,,Labs,grace@example.com;ghost@example.com,retired@example.com\n"
				+ "team,Field,,,,,Sales,,ada@example.com\n",
				Map.of("grace@example.com", new ImportFile.Known(7, true), "retired@example.com", new ImportFile.Known(8, false)),
				Map.of("Sales", List.of(3L)));

		assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::messageKey).containsExactly(
				tuple(2, "teams", "validation.csv-unknown-team"), tuple(3, "parent", "validation.csv-unknown-team"),
				tuple(3, "leads", "validation.csv-unknown-person"), tuple(3, "members", "validation.csv-unknown-person"));
		assertThat(errors.get(2).args()).containsExactly("ghost@example.com");
	}

	@Test
	void refusesATeamThatWouldBeItsOwnAncestor() {
		var errors = errorsOf(HEADER
				+ "team,A,,,,,C,,\n"
				+ "team,B,,,,,A,,\n"
				+ "team,C,,,,,B,,\n"
				+ "team,D,,,,,C,,\n"
				+ "team,E,,,,,E,,\n");

		assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::messageKey).containsExactly(
				tuple(2, "parent", "validation.team-loop"), tuple(3, "parent", "validation.team-loop"),
				tuple(4, "parent", "validation.team-loop"), tuple(6, "parent", "validation.team-loop"));
	}

	@Test
	void refusesANameSeveralExistingTeamsShare() {
		var errors = errorsOf(HEADER + "person,Ada,ada@example.com,,,Ops,,,\n", Map.of(), Map.of("Ops", List.of(1L, 2L)));

		assertThat(errors).extracting(ImportError::messageKey).containsExactly("validation.csv-ambiguous-team");
	}

	@Test
	void refusesCellsOfTheOtherKindOfRow() {
		var errors = errorsOf(HEADER + "person,Ada,ada@example.com,,,,Research,,\nteam,Research,x@example.com,,,,,,\n");

		assertThat(errors).extracting(ImportError::row, ImportError::column, ImportError::messageKey).containsExactly(
				tuple(2, "parent", "validation.csv-team-column"), tuple(3, "email", "validation.csv-person-column"));
	}

	@Test
	void refusesAFileWithoutRows() {
		assertThat(errorsOf(HEADER + "\n")).extracting(ImportError::messageKey).containsExactly("validation.csv-no-rows");
		assertThat(errorsOf("")).extracting(ImportError::messageKey).containsExactly("validation.csv-no-header");
	}

	@Test
	void addsPeopleToExistingTeamsByName() {
		var plan = file(HEADER + "person,Ada,ada@example.com,,,Sales,,,\n").check(Map.of(), Map.of("Sales", List.of(3L)));

		assertThat(plan.joinedExistingTeams()).isEqualTo(Map.of(3L, java.util.Set.of("ada@example.com")));
		assertThat(plan.summary()).isEqualTo(new ImportSummary(1, 0, 1));
	}
}
