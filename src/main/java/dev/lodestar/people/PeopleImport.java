package dev.lodestar.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.security.Caller;

/**
 * Brings people and teams in from a CSV file (see {@link ImportFile} for its columns), admins only. A file is
 * checked whole, and saved only when every row is sound: all of it in one transaction, or nothing. Imported
 * people get no password: they sign in once an admin sets one. Hashing thousands of generated passwords would
 * take minutes, and a password shown on a page is one more secret to leak.
 */
@Service
public class PeopleImport {

	private final ImportRepository repository;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxBytes;

	PeopleImport(ImportRepository repository, Validator validator, ApplicationEventPublisher events, Clock clock,
			@Value("${lodestar.import.max-file-size}") DataSize maxFileSize) {
		this.repository = repository;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
		this.maxBytes = maxFileSize.toBytes();
	}

	/** The largest file accepted, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/** The largest file accepted, in megabytes as people state it, e.g. {@code 1} or {@code 1.5}. */
	public String maxMegabytes() {
		return megabytes(maxBytes);
	}

	/** The columns a file may have, in the order the documentation lists them. */
	public List<String> columns() {
		return ImportFile.COLUMNS;
	}

	/** What the file would bring in; nothing is saved. */
	@Transactional(readOnly = true)
	public ImportPreview check(Caller actor, byte[] file) {
		actor.requireAdmin();
		return plan(file).preview();
	}

	@Transactional
	public ImportSummary importAll(Caller actor, byte[] file) {
		actor.requireAdmin();
		ImportPlan plan = plan(file);
		Instant now = clock.instant();
		List<AuditedChange> history = new ArrayList<>();

		Map<String, Long> personIds = new HashMap<>(plan.knownPeople());
		List<Long> newPersonIds = repository.insertPeople(plan.people(), now);
		for (int i = 0; i < newPersonIds.size(); i++) {
			ImportedPerson person = plan.people().get(i);
			personIds.put(person.email(), newPersonIds.get(i));
			history.add(new PersonRegistered(newPersonIds.get(i), actor.personId(), now, Changes.between()
				.field("name", null, person.name())
				.field("email", null, person.email())
				.field("locale", null, person.locale())
				.field("admin", null, person.admin())
				.list()));
		}

		Map<String, Long> teamIds = new HashMap<>(plan.knownTeams());
		List<Long> newTeamIds = repository.insertTeams(plan.teams(), now);
		for (int i = 0; i < newTeamIds.size(); i++) {
			teamIds.put(plan.teams().get(i).name(), newTeamIds.get(i));
		}
		List<Object[]> placements = new ArrayList<>();
		List<Object[]> memberships = new ArrayList<>();
		var rosters = plan.newRosters();
		for (ImportedTeam team : plan.teams()) {
			long id = teamIds.get(team.name());
			Long parentId = team.parent() == null ? null : teamIds.get(team.parent());
			if (parentId != null) {
				placements.add(new Object[] { id, parentId });
			}
			var roster = rosters.get(team.name());
			List<Long> leadIds = roster.leads().stream().map(personIds::get).toList();
			List<Long> memberIds = roster.members().stream().map(personIds::get).toList();
			leadIds.forEach(lead -> memberships.add(new Object[] { id, lead, "LEAD" }));
			memberIds.forEach(member -> memberships.add(new Object[] { id, member, "MEMBER" }));
			history.add(new TeamFormed(id, actor.personId(), now, Changes.between()
				.field("name", null, team.name())
				.field("parentId", null, parentId)
				.field("leadIds", null, leadIds)
				.field("memberIds", null, memberIds)
				.list()));
		}
		Map<Long, Set<String>> joined = plan.joinedExistingTeams();
		joined.forEach((teamId, emails) -> {
			List<Long> memberIds = emails.stream().map(personIds::get).toList();
			memberIds.forEach(member -> memberships.add(new Object[] { teamId, member, "MEMBER" }));
			history.add(new TeamChanged(teamId, actor.personId(), now,
					Changes.between().field("addedMemberIds", null, memberIds).list()));
		});

		repository.placeTeams(placements);
		repository.insertMemberships(memberships);
		repository.touchTeams(joined.keySet(), now);
		events.publishEvent(new PeopleImported(history));
		return plan.summary();
	}

	private ImportPlan plan(byte[] file) {
		if (file.length > maxBytes) {
			String limit = megabytes(maxBytes);
			throw new RuleViolationException(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", "problem.import-too-large.detail",
					List.of(new FieldViolation("file", "validation.import-too-large", limit)), limit);
		}
		ImportFile rows = ImportFile.read(CsvRecords.read(file), validator);
		return rows.check(repository.peopleByEmail(rows.emails()), repository.teamsByName(rows.teamNames()));
	}

	/** 1048576 reads 1, 1572864 reads 1.5. */
	private static String megabytes(long bytes) {
		return new java.math.BigDecimal(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros().toPlainString();
	}
}
