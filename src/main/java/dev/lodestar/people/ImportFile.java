package dev.lodestar.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.lodestar.people.CsvRecords.CsvRecord;
import dev.lodestar.platform.i18n.SupportedLocales;

/**
 * The rows of an import file and the rules they are held to: first each row alone ({@link #read}), then the rows
 * together and against the people and teams that exist ({@link #check}). Every problem is collected, so the
 * person fixing the file sees them all at once.
 */
final class ImportFile {

	static final List<String> COLUMNS = List.of("type", "name", "email", "locale", "admin", "teams", "parent", "leads", "members");

	private static final List<String> REQUIRED = List.of("type", "name");

	private static final Set<String> PERSON_COLUMNS = Set.of("email", "locale", "admin", "teams");

	private static final Set<String> TEAM_COLUMNS = Set.of("parent", "leads", "members");

	/** An existing person, found by e-mail. */
	record Known(long id, boolean active) {
	}

	private final Validator validator;

	private final List<ImportedPerson> people = new ArrayList<>();

	private final List<ImportedTeam> teams = new ArrayList<>();

	private final List<ImportError> errors = new ArrayList<>();

	private ImportFile(Validator validator) {
		this.validator = validator;
	}

	static ImportFile read(List<CsvRecord> records, Validator validator) {
		ImportFile file = new ImportFile(validator);
		file.readAll(records);
		return file;
	}

	/** The e-mails to look up: of new people (taken?) and of leads and members (who?). */
	Set<String> emails() {
		Set<String> emails = new HashSet<>();
		people.forEach(person -> emails.add(person.email()));
		teams.forEach(team -> {
			emails.addAll(team.leads());
			emails.addAll(team.members());
		});
		return emails;
	}

	/** The team names to look up: of new teams (taken?), of parents and of people's teams (which?). */
	Set<String> teamNames() {
		Set<String> names = new HashSet<>();
		teams.forEach(team -> {
			names.add(team.name());
			if (team.parent() != null) {
				names.add(team.parent());
			}
		});
		people.forEach(person -> names.addAll(person.teams()));
		return names;
	}

	/**
	 * Checks the rows together and against what exists.
	 *
	 * @param knownPeople existing people by e-mail
	 * @param knownTeams ids of existing teams by name (a name may be used by more than one)
	 * @throws ImportRefusedException listing every problem of the file, if there is any
	 */
	ImportPlan check(Map<String, Known> knownPeople, Map<String, List<Long>> knownTeams) {
		Map<String, Integer> emailRows = new HashMap<>();
		for (ImportedPerson person : people) {
			Integer first = emailRows.putIfAbsent(person.email(), person.row());
			if (first != null) {
				errors.add(new ImportError(person.row(), "email", "validation.csv-duplicate-email", first));
			}
			else if (knownPeople.containsKey(person.email())) {
				errors.add(new ImportError(person.row(), "email", "validation.email-taken"));
			}
		}
		Map<String, ImportedTeam> newTeams = new HashMap<>();
		for (ImportedTeam team : teams) {
			ImportedTeam first = newTeams.putIfAbsent(team.name(), team);
			if (first != null) {
				errors.add(new ImportError(team.row(), "name", "validation.csv-duplicate-team", first.row()));
			}
			else if (knownTeams.containsKey(team.name())) {
				errors.add(new ImportError(team.row(), "name", "validation.csv-team-exists"));
			}
		}
		for (ImportedTeam team : teams) {
			if (team.parent() != null) {
				teamProblem(team.parent(), newTeams, knownTeams).ifPresent(key -> errors.add(new ImportError(team.row(), "parent", key, team.parent())));
			}
			personProblems(team, "leads", team.leads(), emailRows, knownPeople);
			personProblems(team, "members", team.members(), emailRows, knownPeople);
		}
		for (ImportedTeam team : teams) {
			if (newTeams.get(team.name()) == team && closesLoop(team, newTeams)) {
				errors.add(new ImportError(team.row(), "parent", "validation.team-loop"));
			}
		}
		for (ImportedPerson person : people) {
			for (String teamName : person.teams()) {
				teamProblem(teamName, newTeams, knownTeams).ifPresent(key -> errors.add(new ImportError(person.row(), "teams", key, teamName)));
			}
		}
		if (!errors.isEmpty()) {
			List<ImportError> sorted = new ArrayList<>(errors);
			sorted.sort(Comparator.comparingInt(ImportError::row)
				.thenComparingInt(error -> error.column() == null ? -1 : COLUMNS.indexOf(error.column())));
			throw new ImportRefusedException(sorted);
		}
		Map<String, Long> activePeople = new HashMap<>();
		knownPeople.forEach((email, known) -> {
			if (known.active()) {
				activePeople.put(email, known.id());
			}
		});
		Map<String, Long> existingTeams = new HashMap<>();
		knownTeams.forEach((name, ids) -> {
			if (ids.size() == 1) {
				existingTeams.put(name, ids.get(0));
			}
		});
		return new ImportPlan(people, teams, activePeople, existingTeams);
	}

	private static Optional<String> teamProblem(String name, Map<String, ImportedTeam> newTeams, Map<String, List<Long>> knownTeams) {
		if (newTeams.containsKey(name)) {
			return Optional.empty();
		}
		List<Long> known = knownTeams.getOrDefault(name, List.of());
		if (known.isEmpty()) {
			return Optional.of("validation.csv-unknown-team");
		}
		return known.size() > 1 ? Optional.of("validation.csv-ambiguous-team") : Optional.empty();
	}

	private void personProblems(ImportedTeam team, String column, List<String> emails, Map<String, Integer> emailRows,
			Map<String, Known> knownPeople) {
		for (String email : emails) {
			Known known = knownPeople.get(email);
			if (!emailRows.containsKey(email) && (known == null || !known.active())) {
				errors.add(new ImportError(team.row(), column, "validation.csv-unknown-person", email));
			}
		}
	}

	/** Whether following the parents from {@code team} through the file leads back to it. */
	private static boolean closesLoop(ImportedTeam team, Map<String, ImportedTeam> newTeams) {
		Set<String> seen = new HashSet<>();
		ImportedTeam current = team;
		while (current.parent() != null && newTeams.containsKey(current.parent()) && seen.add(current.name())) {
			current = newTeams.get(current.parent());
			if (current == team) {
				return true;
			}
		}
		return false;
	}

	private void readAll(List<CsvRecord> records) {
		if (records.isEmpty() || records.get(0).blank()) {
			errors.add(new ImportError(1, null, "validation.csv-no-header"));
			return;
		}
		List<String> header = records.get(0).fields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
		if (!headerIsSound(header)) {
			return;
		}
		boolean anyRow = false;
		for (CsvRecord record : records.subList(1, records.size())) {
			if (record.blank()) {
				continue;
			}
			anyRow = true;
			if (record.fields().size() != header.size()) {
				errors.add(new ImportError(record.row(), null, "validation.csv-field-count", record.fields().size(), header.size()));
				continue;
			}
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				values.put(header.get(i), record.fields().get(i).strip());
			}
			readRow(record.row(), values);
		}
		if (!anyRow) {
			errors.add(new ImportError(1, null, "validation.csv-no-rows"));
		}
	}

	private boolean headerIsSound(List<String> header) {
		int before = errors.size();
		Set<String> seen = new HashSet<>();
		for (String column : header) {
			if (!COLUMNS.contains(column)) {
				errors.add(new ImportError(1, null, "validation.csv-unknown-column", column, String.join(", ", COLUMNS)));
			}
			else if (!seen.add(column)) {
				errors.add(new ImportError(1, null, "validation.csv-repeated-column", column));
			}
		}
		for (String required : REQUIRED) {
			if (!header.contains(required)) {
				errors.add(new ImportError(1, null, "validation.csv-missing-column", required));
			}
		}
		return errors.size() == before;
	}

	private void readRow(int row, Map<String, String> values) {
		String type = values.get("type").toLowerCase(Locale.ROOT);
		if (type.equals("person")) {
			onlyEmpty(row, values, TEAM_COLUMNS, "validation.csv-team-column");
			readPerson(row, values);
		}
		else if (type.equals("team")) {
			onlyEmpty(row, values, PERSON_COLUMNS, "validation.csv-person-column");
			readTeam(row, values);
		}
		else {
			errors.add(new ImportError(row, "type", "validation.one-of", "person, team"));
		}
	}

	/** A row with a sound e-mail is kept even when other cells are wrong, so rows naming it are not refused too. */
	private void readPerson(int row, Map<String, String> values) {
		String email = PeopleManagement.normalEmail(values.getOrDefault("email", ""));
		valid(row, "name", NewPerson.class, "name", values.get("name"));
		boolean sound = valid(row, "email", NewPerson.class, "email", email);
		String locale = values.getOrDefault("locale", "");
		String tag = locale.isEmpty() ? "en"
				: SupportedLocales.TAGS.stream().filter(known -> known.equalsIgnoreCase(locale)).findFirst().orElse(null);
		if (tag == null) {
			errors.add(new ImportError(row, "locale", "validation.one-of", String.join(", ", SupportedLocales.TAGS)));
		}
		String admin = values.getOrDefault("admin", "").toLowerCase(Locale.ROOT);
		if (!admin.isEmpty() && !admin.equals("true") && !admin.equals("false")) {
			errors.add(new ImportError(row, "admin", "validation.must-be-boolean"));
		}
		if (sound) {
			people.add(new ImportedPerson(row, values.get("name"), email, tag == null ? "en" : tag, admin.equals("true"),
					names(values.getOrDefault("teams", ""))));
		}
	}

	/** A row with a sound name is kept even when other cells are wrong, so rows naming it are not refused too. */
	private void readTeam(int row, Map<String, String> values) {
		String name = values.get("name");
		List<String> leads = emails(row, "leads", values.getOrDefault("leads", ""));
		List<String> members = emails(row, "members", values.getOrDefault("members", ""));
		String parent = values.getOrDefault("parent", "");
		if (valid(row, "name", NewTeam.class, "name", name)) {
			teams.add(new ImportedTeam(row, name, parent.isEmpty() ? null : parent, leads, members));
		}
	}

	private void onlyEmpty(int row, Map<String, String> values, Set<String> columns, String messageKey) {
		columns.stream()
			.filter(column -> !values.getOrDefault(column, "").isEmpty())
			.sorted(Comparator.comparingInt(COLUMNS::indexOf))
			.forEach(column -> errors.add(new ImportError(row, column, messageKey)));
	}

	/** Holds a cell to the constraint of the command field it becomes, so an import is held to the same rules as a form. */
	private boolean valid(int row, String column, Class<?> command, String property, String value) {
		var violations = validator.validateValue(command, property, value);
		violations.stream()
			.min(Comparator.comparing(violation -> violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
			.ifPresent(violation -> errors.add(new ImportError(row, column, keyOf(violation), argsOf(violation))));
		return violations.isEmpty();
	}

	/** A list of e-mails separated by semicolons; those that are not e-mail addresses are refused and left out. */
	private List<String> emails(int row, String column, String cell) {
		List<String> emails = new ArrayList<>();
		for (String email : names(cell).stream().map(PeopleManagement::normalEmail).distinct().toList()) {
			if (validator.validateValue(NewPerson.class, "email", email).isEmpty()) {
				emails.add(email);
			}
			else {
				errors.add(new ImportError(row, column, "validation.csv-bad-email", email));
			}
		}
		return emails;
	}

	private static List<String> names(String cell) {
		return new ArrayList<>(new LinkedHashSet<>(Arrays.stream(cell.split(";")).map(String::strip).filter(name -> !name.isEmpty()).toList()));
	}

	private static String keyOf(ConstraintViolation<?> violation) {
		return "validation." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
	}

	private static Object[] argsOf(ConstraintViolation<?> violation) {
		var attributes = violation.getConstraintDescriptor().getAttributes();
		return keyOf(violation).equals("validation.Size") ? new Object[] { attributes.get("min"), attributes.get("max") } : new Object[0];
	}
}
