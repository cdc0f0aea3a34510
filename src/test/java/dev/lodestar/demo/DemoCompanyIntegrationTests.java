package dev.lodestar.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the demo once into the shared test context and checks it through the API. Switching on
 * {@code lodestar.demo} for this context would load the demo into every other test's database too, and a
 * context of its own would need a database of its own on PostgreSQL; so the test calls the loader's entry that
 * skips the emptiness check (the shared database always holds other tests' teams). A clock fixed in the middle
 * of a quarter gives six weeks of check-ins whatever day the suite runs.
 */
@TestInstance(Lifecycle.PER_CLASS)
class DemoCompanyIntegrationTests extends ApiIntegrationTest {

	private static final Instant NOW = Instant.parse("2026-05-20T09:30:00Z");

	private static final String PASSWORD = "lodestar-demo";

	private static final String PAY_BANDS = "Redesign pay bands so they are fair and explainable";

	@Autowired
	private DemoCompany demo;

	private DemoSummary summary;

	@BeforeAll
	void loadTheDemoCompany() {
		summary = demo.loadInto(Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void registersAboutSixtyPeopleInBothLanguagesWhoSignInWithTheDemoPassword() {
		Session admin = signIn("admin");

		assertThat(api.get("/api/v1/people/me", admin)).bodyJson().extractingPath("$.admin").isEqualTo(true);
		assertThat(api.get("/api/v1/people?q=demo.lodestar.dev&size=1", admin)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(60);
		assertThat(summary.people()).isEqualTo(60);
		var yang = api.get("/api/v1/people/me", signIn("hua.yang"));
		assertThat(yang).bodyJson().extractingPath("$.name").isEqualTo("杨华");
		assertThat(yang).bodyJson().extractingPath("$.locale").isEqualTo("zh-CN");
	}

	@Test
	void runsTeamKpisBesideItsOkrsWithTwelveWeeksOfMeasurementsAndOneInCriticalHealth() {
		Session reader = signIn("li.zhu");
		var teams = api.get("/api/v1/teams?q=Search / 搜索", reader);
		long search = ((Number) Api.<List<Object>>read(teams, "$.items[*].id").get(0)).longValue();

		var board = api.get("/api/v1/kpis?teamId=" + search, reader);

		assertThat(board).hasStatusOk();
		assertThat(Api.<List<String>>read(board, "$.items[*].name")).containsExactly("Search latency p95 / 搜索 p95 延迟");
		assertThat(Api.<List<String>>read(board, "$.items[*].health")).containsExactly("CRITICAL");
		assertThat(Api.<List<Object>>read(board, "$.items[0].recent")).hasSize(12);
		assertThat(summary.kpis()).isEqualTo(6);
	}

	@Test
	void setsTheNextQuarterInASearchTeamCoCreationSessionWithProposalsAndAnInvitedNeighbour() {
		Session reader = signIn("li.zhu");
		var teams = api.get("/api/v1/teams?q=Search / 搜索", reader);
		long search = ((Number) Api.<List<Object>>read(teams, "$.items[*].id").get(0)).longValue();

		var sessions = api.get("/api/v1/teams/" + search + "/co-creation-sessions", reader);
		assertThat(Api.<List<String>>read(sessions, "$.sessions[*].state")).containsExactly("OPEN");
		long session = ((Number) Api.<List<Object>>read(sessions, "$.sessions[*].id").get(0)).longValue();
		var board = api.get("/api/v1/co-creation-sessions/" + session, reader);

		assertThat(Api.<List<Object>>read(board, "$.objectives")).hasSize(3);
		assertThat(Api.<List<String>>read(board, "$.objectives[*].hints[*]")).containsExactly("NUMBERS_IN_OBJECTIVE");
		assertThat(Api.<List<Object>>read(board, "$.supportable")).hasSize(1);
		assertThat(Api.<List<String>>read(board, "$.objectives[0].children[*].item.kind")).containsExactlyInAnyOrder("KEY_RESULT", "LINK");
		assertThat(Api.<List<Integer>>read(board, "$.objectives[*].plusOnes")).containsExactly(3, 1, 0);
		assertThat(Api.<List<Boolean>>read(board, "$.participants[?(@.invited == true)].name")).hasSize(1);
	}

	@Test
	void formsTwelveTeamsUnderThreeDepartmentsEachWithALeadAndMembers() {
		Session admin = signIn("admin");
		List<Object> seats = new ArrayList<>();
		int teams = 0;
		for (String department : List.of("Product & Engineering / 产品与研发", "Growth / 增长", "Operations / 运营")) {
			List<Map<String, Object>> found = Api.read(api.get("/api/v1/teams?size=200&q=" + department.split(" ")[0], admin),
					"$.items");
			Object id = found.stream().filter(team -> team.get("name").equals(department)).findFirst().orElseThrow().get("id");
			List<Map<String, Object>> children = Api.read(api.get("/api/v1/teams?size=200&parentId=" + id, admin), "$.items");
			assertThat(children).hasSizeBetween(3, 5);
			for (Map<String, Object> team : children) {
				assertThat((List<?>) team.get("leadIds")).isNotEmpty();
				assertThat((List<?>) team.get("memberIds")).isNotEmpty();
				seats.addAll((List<?>) team.get("leadIds"));
				seats.addAll((List<?>) team.get("memberIds"));
			}
			teams += children.size();
		}
		assertThat(teams).isEqualTo(12);
		assertThat(new HashSet<>(seats)).as("some people sit in two teams").hasSizeLessThan(seats.size());
	}

	@Test
	void showsAMemberTheActiveQuarterWithKeyResultsThatMovedSinceTheirCheckIns() {
		var overview = api.get("/api/v1/cycles/" + summary.activeCycleId() + "/overview", signIn("li.zhu"));

		assertThat(overview).hasStatusOk().bodyJson().extractingPath("$.cycle.state").isEqualTo("ACTIVE");
		assertThat(overview).bodyJson().extractingPath("$.cycle.startsOn").isEqualTo("2026-04-01");
		List<Map<String, Object>> keyResults = Api.read(overview, "$.objectives[*].keyResults[*]");
		assertThat(keyResults).hasSizeGreaterThan(100);
		assertThat(keyResults).filteredOn(keyResult -> keyResult.get("lastCheckIn") != null)
			.hasSizeGreaterThan(keyResults.size() * 3 / 4)
			.anySatisfy(keyResult -> assertThat(((Number) keyResult.get("progress")).doubleValue()).isGreaterThan(0));
		assertThat(keyResults).as("a few never checked in").anySatisfy(keyResult -> assertThat(keyResult.get("lastCheckIn")).isNull());
		assertThat(Api.<List<String>>read(overview, "$.objectives[*].keyResults[*].kind"))
			.contains("INCREASE", "DECREASE", "PERCENTAGE", "MILESTONE");
		List<Number> progress = Api.read(overview, "$.objectives[*].progress");
		assertThat(progress).anySatisfy(value -> assertThat(value.doubleValue()).isGreaterThan(0));
	}

	@Test
	void alignsTeamsToTheirDepartmentsAndHasContributionRequestsUnderWay() {
		var reader = signIn("li.zhu");
		var overview = api.get("/api/v1/cycles/" + summary.activeCycleId() + "/overview", reader);
		String drafts = "$.objectives[?(@.draft == true)].title";
		assertThat(Api.<List<String>>read(overview, drafts)).containsExactly("Give support one view of every customer's story");

		List<Integer> ids = Api.read(overview, "$.objectives[?(@.ownerTeamId != null)].id");
		long supporting = ids.stream()
			.filter(id -> !Api.<List<?>>read(api.get("/api/v1/objectives/" + id + "/alignment", reader), "$.supports").isEmpty())
			.count();
		assertThat(supporting).as("team objectives aligned upward").isGreaterThan(ids.size() / 2);

		var requests = api.get("/api/v1/contribution-requests?cycleId=" + summary.activeCycleId() + "&open=false", reader);
		assertThat(Api.<List<String>>read(requests, "$[*].state"))
			.containsExactlyInAnyOrder("WAITING_FOR_ASKED", "WAITING_FOR_ASKING", "ACCEPTED");
	}

	@Test
	void writesObjectivesInChineseAndEnglishWithTheArticlesExampleAndAFewHints() {
		var overview = api.get("/api/v1/cycles/" + summary.activeCycleId() + "/overview", signIn("hua.yang"));

		List<String> titles = Api.read(overview, "$.objectives[*].title");
		assertThat(titles).hasSizeBetween(50, 60).contains("让客户的问题在第一次接触时就被解决",
				"First realization of departmental profitability");
		assertThat(titles).anyMatch(CheckInNotes::isChinese).anyMatch(title -> !CheckInNotes.isChinese(title));
		String example = "$.objectives[?(@.title == 'First realization of departmental profitability')]";
		assertThat(Api.<List<String>>read(overview, example + ".description")).singleElement().asString().startsWith("首次实现部门盈利");
		assertThat(Api.<List<String>>read(overview, example + ".keyResults[*].title"))
			.containsExactly("Service center 1.0 supports at least 2 merchants", "TOP merchants' service score up 10%+");
		assertThat(Api.<List<String>>read(overview, example + ".keyResults[*].kind")).containsExactly("INCREASE", "PERCENTAGE");
		assertThat(Api.<List<String>>read(overview, "$.objectives[*].hints[*].code")).contains("NUMBERS_IN_OBJECTIVE");
		assertThat(Api.<List<String>>read(overview, "$.objectives[*].keyResults[*].hints[*].code")).contains("ACTIVITY_WORDING");
	}

	@Test
	void hasTeamObjectivesSetByTheirMembersAndNotByTheAdmin() {
		long adminId = signIn("admin").personId();
		var overview = api.get("/api/v1/cycles/" + summary.activeCycleId() + "/overview", signIn("sophie.turner"));

		List<Number> authors = Api.read(overview, "$.objectives[*].createdBy");
		assertThat(authors).extracting(Number::longValue).doesNotContain(adminId);
		assertThat(new HashSet<>(authors)).hasSizeGreaterThan(30);
		List<Number> mobileAuthors = Api.read(overview, "$.objectives[?(@.title == 'Ship 12 releases this quarter')].createdBy");
		var teams = api.get("/api/v1/teams?q=Mobile&size=200", signIn("admin"));
		List<Number> mobile = new ArrayList<>(Api.read(teams, "$.items[?(@.name == 'Mobile')].leadIds[*]"));
		mobile.addAll(Api.read(teams, "$.items[?(@.name == 'Mobile')].memberIds[*]"));
		assertThat(mobile).contains(mobileAuthors.get(0));
	}

	@Test
	void checksInWeeklyForSixWeeksUpToNowAndNeverBeforeTheQuarter() {
		Session member = signIn("marcus.hill");
		var overview = api.get("/api/v1/cycles/" + summary.activeCycleId() + "/overview", member);
		List<Number> checkedIn = Api.read(overview, "$.objectives[*].keyResults[?(@.lastCheckIn != null)].id");

		var history = api.get("/api/v1/key-results/" + checkedIn.get(0) + "/check-ins", member);

		assertThat(history).bodyJson().extractingPath("$.totalItems").isEqualTo(6);
		List<Instant> instants = Api.<List<String>>read(history, "$.items[*].checkedInAt").stream().map(Instant::parse).toList();
		assertThat(instants.get(0)).isBeforeOrEqualTo(NOW)
			.isAfterOrEqualTo(LocalDate.ofInstant(NOW, ZoneOffset.UTC).with(DayOfWeek.MONDAY).atStartOfDay().toInstant(ZoneOffset.UTC));
		for (int i = 1; i < instants.size(); i++) {
			assertThat(Duration.between(instants.get(i), instants.get(i - 1))).isEqualTo(Duration.ofDays(7));
		}
		assertThat(instants.get(instants.size() - 1)).isAfterOrEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
		assertThat(summary.checkIns()).isGreaterThan(summary.keyResults() * 4);
	}

	@Test
	void keepsPrivateObjectivesFromMembersWhoAreNeitherInTheTeamNorNamedViewers() {
		String overview = "/api/v1/cycles/" + summary.activeCycleId() + "/overview";

		assertThat(Api.<List<String>>read(api.get(overview, signIn("james.walker")), "$.objectives[*].title")).doesNotContain(PAY_BANDS);
		assertThat(Api.<List<String>>read(api.get(overview, signIn("wei.zhang")), "$.objectives[*].title")).contains(PAY_BANDS);
		assertThat(Api.<List<String>>read(api.get(overview, signIn("admin")),
				"$.objectives[?(@.title == '" + PAY_BANDS + "')].visibility")).containsExactly("PRIVATE");
	}

	@Test
	void plansTheNextQuarter() {
		assertThat(Api.<List<String>>read(api.get("/api/v1/cycles?state=PLANNING&size=200", signIn("admin")), "$.items[*].name"))
			.contains("2026 Q3");
	}

	@Test
	void skipsLoadingWhenTheOrganisationAlreadyHasTeams() {
		api.newTeam("Already here", null, List.of(), List.of());

		assertThat(demo.loadIfEmpty()).isEmpty();
	}

	@Test
	void namesAnOkrCoachWithAnExampleInTheShowcaseANominationWaitingAndATeamAskingForHelp() {
		Session coach = signIn("laura.bell");

		assertThat(api.get("/api/v1/people/me", coach)).bodyJson().extractingPath("$.coach").isEqualTo(true);
		assertThat(Api.<java.util.List<String>>read(api.get("/api/v1/showcase?theme=Customer outcomes&size=200", coach),
				"$.examples.items[*].ownerName")).contains("Search / 搜索");
		assertThat(Api.<java.util.List<String>>read(api.get("/api/v1/showcase/nominations", coach), "$[*].theme"))
			.contains("数据驱动");
		assertThat(Api.<java.util.List<String>>read(api.get("/api/v1/coaching-requests", coach), "$[*].teamName"))
			.contains("Customer Service / 客户服务");
	}

	private Session signIn(String key) {
		return api.signIn(key + "@demo.lodestar.dev", PASSWORD);
	}
}
