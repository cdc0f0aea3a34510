package dev.lodestar.showcase;

import static dev.lodestar.showcase.ShowcaseFixtures.accept;
import static dev.lodestar.showcase.ShowcaseFixtures.coach;
import static dev.lodestar.showcase.ShowcaseFixtures.entryIds;
import static dev.lodestar.showcase.ShowcaseFixtures.nominate;
import static dev.lodestar.showcase.ShowcaseFixtures.nomination;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

class ShowcaseApiIntegrationTests extends ApiIntegrationTest {

	private Api.Session coach;

	private Api.Session lead;

	private Api.Session reader;

	private long team;

	private long cycle;

	private String theme;

	@BeforeEach
	void organisation() {
		coach = coach(api, "Coach");
		lead = api.newPerson("Lead");
		reader = api.newPerson("Reader");
		team = api.newTeam("Search", null, List.of(lead.personId()), List.of());
		cycle = api.newCycle("ACTIVE");
		theme = Api.unique("Customer");
	}

	@Test
	void aNominationACoachAcceptsIsBrowsedByEachFilterAndCopiedIntoADraftWithItsCredit() {
		long objective = api.newTeamObjective(lead, cycle, team, "Delight first-time searchers");
		api.newKeyResult(lead, objective, "INCREASE", 10, 40);
		var nominated = api.post("/api/v1/showcase", reader, nomination(objective, theme, "Outcomes, not activities"),
				"Idempotency-Key", Api.unique("nominate"));
		assertThat(nominated).hasStatus(201).bodyJson().extractingPath("$.state").isEqualTo("NOMINATED");
		long entry = ((Number) Api.read(nominated, "$.entryId")).longValue();
		assertThat(entryIds(api.get("/api/v1/showcase?theme=" + theme, reader))).isEmpty();

		var refused = api.post("/api/v1/showcase/" + entry + "/accept", reader, Map.of("version", 0));
		assertThat(refused).hasStatus(403).hasContentType("application/problem+json");
		assertThat(api.get("/api/v1/showcase/nominations", reader)).hasStatus(403);
		assertThat(Api.<List<Integer>>read(api.get("/api/v1/showcase/nominations", coach), "$[*].entryId")).contains((int) entry);
		var accepted = api.post("/api/v1/showcase/" + entry + "/accept", coach, Map.of("version", 0));
		assertThat(accepted).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("ACCEPTED");
		assertThat(api.post("/api/v1/showcase/" + entry + "/accept", coach, Map.of("version", 0))).hasStatus(409);

		assertThat(entryIds(api.get("/api/v1/showcase?theme=" + theme, reader))).containsExactly((int) entry);
		assertThat(entryIds(api.get("/api/v1/showcase?theme=" + theme.toUpperCase() + "&cycleId=" + cycle + "&teamId=" + team,
				reader))).containsExactly((int) entry);
		long otherCycle = api.newCycle("ACTIVE");
		assertThat(entryIds(api.get("/api/v1/showcase?cycleId=" + otherCycle, reader))).isEmpty();
		assertThat(entryIds(api.get("/api/v1/showcase?cycleId=" + cycle, reader))).containsExactly((int) entry);
		assertThat(entryIds(api.get("/api/v1/showcase?teamId=" + team, reader))).containsExactly((int) entry);
		assertThat(Api.<List<String>>read(api.get("/api/v1/showcase", reader), "$.themes")).contains(theme);

		var copied = api.post("/api/v1/showcase/" + entry + "/copies", reader, Map.of("cycleId", otherCycle),
				"Idempotency-Key", Api.unique("copy"));
		assertThat(copied).hasStatus(201);
		long draft = ((Number) Api.read(copied, "$.objectiveId")).longValue();
		var copy = api.get("/api/v1/objectives/" + draft, reader);
		assertThat(copy).bodyJson().extractingPath("$.title").isEqualTo("Delight first-time searchers");
		assertThat(copy).bodyJson().extractingPath("$.draft").isEqualTo(true);
		assertThat(copy).bodyJson().extractingPath("$.cycleId").isEqualTo((int) otherCycle);
		assertThat(copy).bodyJson().extractingPath("$.ownerPersonId").isEqualTo((int) reader.personId());
		assertThat(copy).bodyJson().extractingPath("$.keyResults.length()").isEqualTo(1);
		assertThat(copy).bodyJson().extractingPath("$.keyResults[0].ownerPersonId").isEqualTo((int) reader.personId());
		var credit = api.get("/api/v1/objectives/" + draft + "/showcase-credit", reader);
		assertThat(credit).bodyJson().extractingPath("$.entryId").isEqualTo((int) entry);
		assertThat(credit).bodyJson().extractingPath("$.sourceTitle").isEqualTo("Delight first-time searchers");
		// the credit goes to the source objective's owner (the team), not to whoever nominated it
		assertThat(credit).bodyJson().extractingPath("$.sourceObjectiveId").isEqualTo((int) objective);
		assertThat(credit).bodyJson().extractingPath("$.sourceVisible").isEqualTo(true);
		assertThat(Api.<String>read(credit, "$.sourceOwnerName")).startsWith("Search");
		assertThat(api.get("/api/v1/objectives/" + objective + "/showcase-credit", reader)).hasStatus(404);
	}

	@Test
	void aRetriedNominationNominatesOnceAndASecondOneIsRefused() {
		long objective = api.newPersonalObjective(lead, cycle, "Mentor two new leads");
		String key = Api.unique("nominate");
		var first = api.post("/api/v1/showcase", reader, nomination(objective, theme, "Develops people"), "Idempotency-Key", key);
		var retry = api.post("/api/v1/showcase", reader, nomination(objective, theme, "Develops people"), "Idempotency-Key", key);

		assertThat(retry).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
		assertThat((Object) Api.read(retry, "$.entryId")).isEqualTo(Api.read(first, "$.entryId"));
		var again = api.post("/api/v1/showcase", lead, nomination(objective, theme, "Again"));
		assertThat(again).hasStatus(409).bodyJson().extractingPath("$.errors[0].field").isEqualTo("objectiveId");
	}

	@Test
	void aCoachesAdditionIsAcceptedAtOnceAndBrowsedByTheOwnersHomeTeam() {
		long objective = api.newPersonalObjective(lead, cycle, "Halve the onboarding time");
		var added = api.post("/api/v1/showcase", coach, nomination(objective, theme, "A clear outcome"));

		assertThat(added).hasStatus(201).bodyJson().extractingPath("$.state").isEqualTo("ACCEPTED");
		assertThat(added).bodyJson().extractingPath("$.decidedBy").isEqualTo((int) coach.personId());
		int entry = Api.read(added, "$.entryId");
		assertThat(entryIds(api.get("/api/v1/showcase?teamId=" + team + "&theme=" + theme, reader))).containsExactly(entry);
		assertThat(Api.<String>read(api.get("/api/v1/showcase?theme=" + theme, reader), "$.examples.items[0].teamName"))
			.startsWith("Search");
	}

	@Test
	void aDeclinedNominationSaysWhyAndIsNotShown() {
		long objective = api.newPersonalObjective(lead, cycle, "Answer every ticket");
		long entry = nominate(api, reader, objective, theme);

		var declined = api.post("/api/v1/showcase/" + entry + "/decline", coach,
				Map.of("version", 0, "reason", "An activity, not an outcome"));

		assertThat(declined).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("DECLINED");
		assertThat(declined).bodyJson().extractingPath("$.reason").isEqualTo("An activity, not an outcome");
		assertThat(entryIds(api.get("/api/v1/showcase?theme=" + theme, reader))).isEmpty();
		assertThat(api.get("/api/v1/showcase/" + entry, reader)).hasStatusOk();
		assertThat(api.get("/api/v1/showcase/" + entry, lead)).hasStatus(404);
		assertThat(api.post("/api/v1/showcase/" + entry + "/copies", reader, Map.of())).hasStatus(404);
	}

	@Test
	void refusesAPrivateObjective() {
		var created = api.post("/api/v1/objectives", lead, Map.of("cycleId", cycle, "ownerTeamId", team, "title",
				"Quiet acquisition", "visibility", "PRIVATE"));
		long objective = Api.id(created);

		var refused = api.post("/api/v1/showcase", coach, nomination(objective, theme, "Bold"));

		assertThat(refused).hasStatus(409).hasContentType("application/problem+json");
		assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("objectiveId");
		assertThat(refused).bodyJson().extractingPath("$.title").isEqualTo("Private objective");
	}

	@Test
	void refusesBadInputOnItsFieldInBothLanguages() {
		long objective = api.newPersonalObjective(lead, cycle, "Ship weekly");
		var body = nomination(objective, "x".repeat(41), " ");

		var english = api.post("/api/v1/showcase", reader, body);
		assertThat(english).hasStatus(400).hasContentType("application/problem+json");
		assertThat(Api.<List<String>>read(english, "$.errors[*].field")).containsExactlyInAnyOrder("theme", "note");
		assertThat(Api.<List<String>>read(english, "$.errors[?(@.field == 'theme')].message"))
			.containsExactly("must have between 0 and 40 characters or items");

		var chinese = api.post("/api/v1/showcase", reader, body, "Accept-Language", "zh-CN");
		assertThat(chinese).hasStatus(400).bodyJson().extractingPath("$.title").isEqualTo("输入无效");
		assertThat(Api.<List<String>>read(chinese, "$.errors[?(@.field == 'note')].message")).containsExactly("不能为空");

		var tooLong = api.post("/api/v1/showcase", reader, nomination(objective, theme, "y".repeat(1001)));
		assertThat(tooLong).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("note");
	}

	@Test
	void browsingReadsTheSameNumberOfStatementsHoweverManyExamples() {
		// one owned by a team, one by a person (whose home team is looked up): every kind of lookup is there
		nominate(api, coach, api.newTeamObjective(lead, cycle, team, "First example"), theme);
		nominate(api, coach, api.newPersonalObjective(lead, cycle, "Second example"), theme);
		statements.reset();
		api.get("/api/v1/showcase?theme=" + theme, reader);
		int one = statements.count();

		for (int i = 0; i < 4; i++) {
			Api.Session owner = api.newPerson("Owner");
			nominate(api, coach, api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Example " + i), theme);
		}
		statements.reset();
		var many = api.get("/api/v1/showcase?theme=" + theme, reader);
		int six = statements.count();

		assertThat(entryIds(many)).hasSize(6);
		assertThat(six).isEqualTo(one);
	}

	@Test
	void pagesTheShowcase() {
		for (int i = 0; i < 3; i++) {
			nominate(api, coach, api.newPersonalObjective(lead, cycle, "Paged " + i), theme);
		}
		var second = api.get("/api/v1/showcase?theme=" + theme + "&size=2&page=1", reader);

		assertThat(entryIds(second)).hasSize(1);
		assertThat(second).bodyJson().extractingPath("$.examples.totalItems").isEqualTo(3);
	}

	@Test
	void copiesOnlyIntoAnOpenCycle() {
		long objective = api.newPersonalObjective(lead, cycle, "Open example");
		long entry = nominate(api, coach, objective, theme);
		long closed = api.newCycle("CLOSED");

		var refused = api.post("/api/v1/showcase/" + entry + "/copies", reader, Map.of("cycleId", closed));

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cycleId");
	}

	private void makePrivate(Api.Session owner, long objective) {
		var current = api.get("/api/v1/objectives/" + objective, owner);
		Map<String, Object> revision = new java.util.LinkedHashMap<>();
		revision.put("title", Api.read(current, "$.title"));
		revision.put("visibility", "PRIVATE");
		revision.put("viewerIds", List.of());
		revision.put("version", Api.read(current, "$.version"));
		assertThat(api.put("/api/v1/objectives/" + objective, owner, revision)).hasStatusOk();
	}

	private long copyOf(long entry, Api.Session as) {
		var copied = api.post("/api/v1/showcase/" + entry + "/copies", as, Map.of("cycleId", cycle));
		assertThat(copied).hasStatus(201);
		return ((Number) Api.read(copied, "$.objectiveId")).longValue();
	}

	@Test
	void theCreditOfAnObjectiveTheCallerCannotSeeIsNotFoundAndASourceTheyCannotSeeIsNotNamed() {
		long source = api.newPersonalObjective(lead, cycle, "Cut the time to first value");
		long draft = copyOf(nominate(api, coach, source, theme), reader);
		Api.Session outsider = api.newPerson("Outsider");
		assertThat(api.get("/api/v1/objectives/" + draft + "/showcase-credit", outsider)).hasStatusOk();

		makePrivate(reader, draft);

		assertThat(api.get("/api/v1/objectives/" + draft + "/showcase-credit", outsider)).hasStatus(404);
		var own = api.get("/api/v1/objectives/" + draft + "/showcase-credit", reader);
		assertThat(own).hasStatusOk().bodyJson().extractingPath("$.sourceTitle").isEqualTo("Cut the time to first value");
		assertThat(Api.<String>read(own, "$.sourceOwnerName")).startsWith("Lead");

		makePrivate(lead, source);

		var hidden = api.get("/api/v1/objectives/" + draft + "/showcase-credit", reader);
		assertThat(hidden).hasStatusOk().bodyJson().extractingPath("$.sourceVisible").isEqualTo(false);
		assertThat(hidden).bodyJson().extractingPath("$.sourceTitle").isNull();
		assertThat(hidden).bodyJson().extractingPath("$.sourceOwnerName").isNull();
	}

	@Test
	void aDraftAndACopyAreRefusedInBothLanguages() {
		long source = api.newPersonalObjective(lead, cycle, "Make every release boring");
		long draft = copyOf(nominate(api, coach, source, theme), reader);

		var asDraft = api.post("/api/v1/showcase", coach, nomination(draft, theme, "Copied well"));
		assertThat(asDraft).hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:showcase-draft");
		assertThat(asDraft).bodyJson().extractingPath("$.errors[0].field").isEqualTo("objectiveId");
		var chinese = api.post("/api/v1/showcase", reader, nomination(draft, theme, "Copied well"), "Accept-Language", "zh-CN");
		assertThat(chinese).hasStatus(409).bodyJson().extractingPath("$.title").isEqualTo("草稿目标");

		int version = Api.read(api.get("/api/v1/objectives/" + draft, reader), "$.version");
		assertThat(api.post("/api/v1/objectives/" + draft + "/confirm", reader, Map.of("version", version))).hasStatusOk();
		var asCopy = api.post("/api/v1/showcase", reader, nomination(draft, theme, "Copied well"));
		assertThat(asCopy).hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:showcase-copy");
		assertThat(asCopy).bodyJson().extractingPath("$.title").isEqualTo("Started from an example");
		assertThat(api.post("/api/v1/showcase", coach, nomination(draft, theme, "Copied well"), "Accept-Language", "zh-CN"))
			.hasStatus(409).bodyJson().extractingPath("$.title").isEqualTo("基于案例创建");
	}

	@Test
	void themesDifferingOnlyInCaseAreListedOnceAsTheyAreFiltered() {
		String spelling = theme.toUpperCase(java.util.Locale.ROOT);
		nominate(api, coach, api.newPersonalObjective(lead, cycle, "Lower-case theme"), theme);
		nominate(api, coach, api.newPersonalObjective(lead, cycle, "Upper-case theme"), spelling);
		nominate(api, coach, api.newPersonalObjective(lead, cycle, "Upper-case theme again"), spelling);

		List<String> themes = Api.read(api.get("/api/v1/showcase", reader), "$.themes");

		assertThat(themes.stream().filter(listed -> listed.equalsIgnoreCase(theme))).containsExactly(spelling);
		assertThat(entryIds(api.get("/api/v1/showcase?theme=" + spelling, reader))).hasSize(3);
	}
}
