package dev.lodestar.alignment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;

import static dev.lodestar.support.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;

/** The alignment section of an objective's page: what it supports, what supports it, roll-up, and aligning it. */
class AlignmentSectionIntegrationTests extends PageIntegrationTest {

	private Document section(long objectiveId, Session as) {
		var answer = pages.get("/objectives/" + objectiveId + "/alignment", as);
		assertThat(answer).hasStatusOk();
		return html(answer);
	}

	private static Map<String, String> alignTo(String parent, String q) {
		return Map.of("parent", parent, "q", q, "idempotencyKey", UUID.randomUUID().toString());
	}

	@Test
	void theObjectivePageLoadsItsAlignmentSection() {
		var owner = api.newPerson("Owner");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Calm releases");

		var slot = html(pages.get("/objectives/" + objective, owner)).select("#alignment").first();

		assertThat(slot.attr("hx-get")).isEqualTo("/objectives/" + objective + "/alignment");
		assertThat(slot.attr("hx-trigger")).isEqualTo("load");
	}

	@Test
	void aChildShowsWhatItSupportsAndAParentListsItsSupporters() {
		var lead = api.newPerson("Lead");
		long cycle = api.newCycle("ACTIVE");
		long company = api.newTeam("Company", null, List.of(), List.of());
		long parent = api.newTeamObjective(api.admin(), cycle, company, "Delight every customer");
		long keyResult = api.newKeyResult(api.admin(), parent, "PERCENTAGE", 0, 80);
		long team = api.newTeam("Support", null, List.of(lead.personId()), List.of());
		long child = api.newTeamObjective(lead, cycle, team, "Answer before they ask");
		long grandchild = api.newPersonalObjective(lead, cycle, "Write the top ten answers");
		api.link(lead, child, parent, keyResult);
		api.link(lead, grandchild, child, null);

		var document = section(child, lead);

		var supports = document.select(".supports li");
		assertThat(supports).hasSize(1);
		assertThat(supports.select("a[href=/objectives/" + parent + "]").text()).isEqualTo("Delight every customer");
		assertThat(supports.select(".meta").text()).startsWith("Company").contains("key result: Customers say yes");
		assertThat(supports.select(".progress-line span").text()).isEqualTo("0%");
		assertThat(document.select(".supported-by a[href=/objectives/" + grandchild + "]").text()).isEqualTo("Write the top ten answers");
		assertThat(document.select(".supported-by .meta").text()).startsWith("Lead");
		assertThat(section(parent, lead).select(".supported-by a").text()).isEqualTo("Answer before they ask");
		assertThat(section(parent, lead).select(".supports li")).isEmpty();
	}

	@Test
	void theSectionSpeaksChinese() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long parent = api.newPersonalObjective(owner, cycle, "Parent");
		long keyResult = api.newKeyResult(owner, parent, "PERCENTAGE", 0, 100);
		long child = api.newPersonalObjective(owner, cycle, "Child");
		api.link(owner, child, parent, keyResult);
		speaksChinese(owner);

		var document = section(child, owner);

		assertThat(document.select("#alignment-heading").text()).isEqualTo("对齐");
		assertThat(document.select("#supports-heading").text()).isEqualTo("支撑");
		assertThat(document.select(".supports .meta").text()).contains("关键结果：");
		assertThat(document.select(".supported-by, .aligned-list.supported-by")).isEmpty();
		assertThat(document.text()).contains("还没有目标支撑它。");
		assertThat(document.select("label[for=align-search]").text()).isEqualTo("对齐到…");
	}

	@Test
	void theOwnersFindAParentByTypingAndLinkToItsKeyResult() {
		var owner = api.newPerson("Owner");
		long quarter = api.newCycle("ACTIVE");
		long year = api.newCycle("ACTIVE", "2026-01-01", "2026-12-31");
		long nextYear = api.newCycle("PLANNING", "2027-01-01", "2027-12-31");
		long child = api.newPersonalObjective(owner, quarter, "Ship the quarter");
		String word = Api.unique("Memorable");
		long annual = api.newPersonalObjective(owner, year, "A " + word + " year");
		long keyResult = api.newKeyResult(owner, annual, "PERCENTAGE", 0, 100);
		long later = api.newPersonalObjective(owner, nextYear, "Another " + word + " year");
		long alsoMatching = api.newPersonalObjective(owner, quarter, "Tidy the " + word + " office");

		var options = html(pages.get("/objectives/" + child + "/alignment/parent-options?q=" + word.toLowerCase(), owner));

		assertThat(options.select("input[name=parent]").eachAttr("value"))
			.containsExactly("objective-" + annual, "key-result-" + keyResult, "objective-" + alsoMatching);
		assertThat(options.text()).contains("A " + word + " year").doesNotContain("Another");
		assertThat(html(pages.get("/objectives/" + child + "/alignment/parent-options?q=Ship+the", owner))
			.select("input[name=parent]").eachAttr("value")).doesNotContain("objective-" + child);

		var otherCycle = pages.post("/objectives/" + child + "/alignment-links", owner, alignTo("objective-" + later, word));
		assertThat(otherCycle).hasStatus(422);
		assertThat(html(otherCycle).select("#align-parent-error").text()).contains("does not contain");

		var form = alignTo("key-result-" + keyResult, word);
		var linked = pages.post("/objectives/" + child + "/alignment-links", owner, form);

		assertThat(linked).hasStatusOk();
		var document = html(linked);
		assertThat(document.select(".supports a[href=/objectives/" + annual + "]").text()).isEqualTo("A " + word + " year");
		assertThat(document.select("#align-search").val()).isEmpty();
		assertThat(api.get("/api/v1/objectives/" + child + "/alignment", owner)).bodyJson()
			.extractingPath("$.supports[0].keyResultId").asNumber().isEqualTo((int) keyResult);
		var sentTwice = pages.post("/objectives/" + child + "/alignment-links", owner, form);
		assertThat(sentTwice).hasStatusOk();
		assertThat(html(sentTwice).select(".supports li")).hasSize(1);
	}

	@Test
	void aLinkThatWouldCloseALoopIsRefusedNextToTheFieldAndNothingIsSaved() {
		var owner = api.newPerson("Looper");
		long cycle = api.newCycle("ACTIVE");
		long alpha = api.newPersonalObjective(owner, cycle, "Alpha");
		long beta = api.newPersonalObjective(owner, cycle, "Beta");
		long gamma = api.newPersonalObjective(owner, cycle, "Gamma");
		api.link(owner, alpha, beta, null);
		api.link(owner, beta, gamma, null);

		var refused = pages.post("/objectives/" + gamma + "/alignment-links", owner, alignTo("objective-" + alpha, "Alp"));

		assertThat(refused).hasStatus(422);
		var document = html(refused);
		assertThat(document.select("#align-parent-error").text()).contains("Gamma → Alpha → Beta → Gamma");
		assertThat(document.select("#align-search").attr("aria-invalid")).isEqualTo("true");
		assertThat(document.select("#align-search").val()).isEqualTo("Alp");
		assertThat(document.select("input[name=parent][value=objective-" + alpha + "]").hasAttr("checked")).isTrue();
		assertThat(document.select(".supports li")).isEmpty();
		assertThat(api.get("/api/v1/objectives/" + gamma + "/alignment", owner)).bodyJson()
			.extractingPath("$.supports").asArray().isEmpty();

		speaksChinese(owner);
		var inChinese = html(pages.post("/objectives/" + gamma + "/alignment-links", owner, alignTo("objective-" + alpha, "")));
		assertThat(inChinese.select("#align-parent-error").text()).contains("这条对齐会形成循环", "Gamma → Alpha → Beta → Gamma");
		assertThat(html(pages.post("/objectives/" + gamma + "/alignment-links", owner, alignTo("", "")))
			.select("#align-parent-error").text()).isEqualTo("请指定本目标所支撑的目标或关键结果");
	}

	@Test
	void rollUpIsSwitchedOnPerLinkAndShowsTheMeanOfTheSupportingObjectives() {
		var owner = api.newPerson("Roller");
		long cycle = api.newCycle("ACTIVE");
		long parent = api.newPersonalObjective(owner, cycle, "Parent");
		long first = api.newPersonalObjective(owner, cycle, "First");
		long second = api.newPersonalObjective(owner, cycle, "Second");
		long firstKr = api.newKeyResult(owner, first, "PERCENTAGE", 0, 100);
		api.newKeyResult(owner, second, "PERCENTAGE", 0, 100);
		api.post("/api/v1/key-results/" + firstKr + "/check-ins", owner, Map.of("value", 40, "confidence", 7));
		long firstLink = api.link(owner, first, parent, null);
		long secondLink = api.link(owner, second, parent, null);
		assertThat(section(parent, owner).select(".rolled-up")).isEmpty();
		assertThat(section(parent, owner).select("#alignment-link-" + firstLink + " button[role=switch]").attr("aria-checked"))
			.isEqualTo("false");

		var rollUp = "/objectives/" + parent + "/alignment-links/";
		assertThat(pages.post(rollUp + firstLink + "/roll-up", owner, Map.of("rollUp", "true", "version", "0"))).hasStatusOk();
		var both = pages.post(rollUp + secondLink + "/roll-up", owner, Map.of("rollUp", "true", "version", "0"));

		assertThat(both).hasStatusOk();
		assertThat(html(both).select(".rolled-up span").text()).isEqualTo("Supporting objectives: 20% (mean of 2)");
		assertThat(html(both).select("#alignment-link-" + secondLink + " button[role=switch]").attr("aria-checked")).isEqualTo("true");

		var stale = pages.post(rollUp + secondLink + "/roll-up", owner, Map.of("rollUp", "false", "version", "0"));
		assertThat(stale).hasStatus(422);
		assertThat(html(stale).select(".notice.error").text()).contains("was changed after you read it");
		assertThat(html(stale).select(".rolled-up span").text()).contains("(mean of 2)");

		speaksChinese(owner);
		assertThat(section(parent, owner).select(".rolled-up span").text()).isEqualTo("支撑目标：20%（2 个的平均值）");
		var staleInChinese = pages.post(rollUp + firstLink + "/roll-up", owner, Map.of("rollUp", "false", "version", "0"));
		assertThat(html(staleInChinese).select(".notice.error").text()).contains("在您读取后已被修改");
	}

	@Test
	void aStrangerSeesNoFormNoSwitchAndNoHiddenObjective() {
		var owner = api.newPerson("Owner");
		var stranger = api.newPerson("Stranger");
		long cycle = api.newCycle("ACTIVE");
		long parent = api.newPersonalObjective(owner, cycle, "Open parent");
		long open = api.newPersonalObjective(owner, cycle, "Open child");
		long hidden = Api.id(api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(),
				"title", "Secret plan", "visibility", "PRIVATE")));
		api.link(owner, open, parent, null);
		api.link(owner, hidden, parent, null);
		long mine = api.newPersonalObjective(stranger, cycle, "Stranger's own");

		var theirs = section(parent, stranger);

		assertThat(theirs.select(".supported-by li")).hasSize(1);
		assertThat(theirs.text()).doesNotContain("Secret plan");
		assertThat(theirs.select("form")).isEmpty();
		assertThat(section(parent, owner).select(".supported-by li")).hasSize(2);
		assertThat(section(parent, owner).select("#align-form")).hasSize(1);
		assertThat(pages.get("/objectives/" + hidden + "/alignment", stranger)).hasStatus(404);
		// Searched by words: other tests' quarters share these dates, so an empty search may not reach these objectives.
		assertThat(html(pages.get("/objectives/" + mine + "/alignment/parent-options?q=Open+parent", stranger)).text())
			.contains("Open parent");
		assertThat(html(pages.get("/objectives/" + mine + "/alignment/parent-options?q=Secret+plan", stranger)).text())
			.doesNotContain("Secret plan");
		assertThat(html(pages.get("/objectives/" + open + "/alignment/parent-options?q=Secret+plan", owner)).text())
			.contains("Secret plan");
		assertThat(pages.post("/objectives/" + parent + "/alignment-links", stranger, alignTo("objective-" + mine, "")))
			.hasStatus(403);
	}

	@Test
	void theOwnersOfTheParentMayRemoveALinkFromTheirSide() {
		var parentOwner = api.newPerson("ParentOwner");
		var childOwner = api.newPerson("ChildOwner");
		long cycle = api.newCycle("ACTIVE");
		long parent = api.newPersonalObjective(parentOwner, cycle, "Parent");
		long child = api.newPersonalObjective(childOwner, cycle, "Child");
		long link = api.link(childOwner, child, parent, null);
		assertThat(section(parent, parentOwner).select("#align-form")).hasSize(1);
		assertThat(section(child, parentOwner).select("#alignment-link-" + link + " form.unlink")).hasSize(1);
		assertThat(section(child, parentOwner).select("#align-form")).isEmpty();

		var removed = pages.post("/objectives/" + parent + "/alignment-links/" + link + "/delete", parentOwner, Map.of());

		assertThat(removed).hasStatusOk();
		assertThat(html(removed).select(".supported-by li")).isEmpty();
		assertThat(section(child, childOwner).select(".supports li")).isEmpty();
	}

	@Test
	void theSectionAndTheChoicesTakeAConstantNumberOfStatements() {
		var owner = api.newPerson("Counter");
		long cycle = api.newCycle("ACTIVE");
		long team = api.newTeam("Counted", null, List.of(owner.personId()), List.of());
		long parent = api.newTeamObjective(owner, cycle, team, "Counted parent");
		long keyResult = api.newKeyResult(owner, parent, "PERCENTAGE", 0, 100);
		long grandparent = api.newPersonalObjective(owner, cycle, "Counted grandparent");
		api.link(owner, parent, grandparent, null);
		addSupporter(cycle, parent, keyResult);

		int[] small = countedSection(owner, parent);
		for (int i = 0; i < 4; i++) {
			addSupporter(cycle, parent, keyResult);
		}
		int[] large = countedSection(owner, parent);

		assertThat(large).containsExactly(small);
	}

	/** Each supporter has an owner of its own: an owner's objectives are capped. */
	private void addSupporter(long cycle, long parent, long keyResult) {
		var owner = api.newPerson("Supporter");
		long child = api.newPersonalObjective(owner, cycle, Api.unique("Counted child"));
		api.newKeyResult(owner, child, "PERCENTAGE", 0, 100);
		long link = api.link(owner, child, parent, keyResult);
		api.put("/api/v1/alignment-links/" + link, owner, Map.of("rollUp", true, "version", 0));
	}

	private int[] countedSection(Session owner, long objective) {
		statements.reset();
		assertThat(pages.get("/objectives/" + objective + "/alignment", owner)).hasStatusOk();
		int section = statements.count();
		statements.reset();
		assertThat(pages.get("/objectives/" + objective + "/alignment/parent-options?q=counted", owner)).hasStatusOk();
		return new int[] { section, statements.count() };
	}
}
