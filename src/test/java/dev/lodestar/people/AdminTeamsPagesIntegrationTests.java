package dev.lodestar.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class AdminTeamsPagesIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	private static MultiValueMap<String, String> teamForm(String name, Long parentId) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("parentId", parentId == null ? "" : parentId.toString());
		return form;
	}

	private MultiValueMap<String, String> currentForm(long teamId) {
		var team = api.get("/api/v1/teams/" + teamId, api.admin());
		Number parent = Api.read(team, "$.parentId");
		MultiValueMap<String, String> form = teamForm(Api.read(team, "$.name"), parent == null ? null : parent.longValue());
		Api.<List<Number>>read(team, "$.leadIds").forEach(id -> form.add("leadIds", id.toString()));
		Api.<List<Number>>read(team, "$.memberIds").forEach(id -> form.add("memberIds", id.toString()));
		form.add("version", String.valueOf(Api.<Integer>read(team, "$.version")));
		return form;
	}

	@Test
	void showsTheTreeWithSubTeamsUnderTheirParents() {
		long parent = api.newTeam("Parent", null, List.of(), List.of());
		long child = api.newTeam("Child", parent, List.of(api.newPerson("Lead").personId()), List.of());

		var tree = Pages.html(pages.get("/admin/teams", api.admin()));

		var parentItem = tree.select(".team-tree li:has(> .branch > a[href=/admin/teams/" + parent + "])").first();
		assertThat(parentItem).isNotNull();
		assertThat(parentItem.select("> ul > li > .branch > a[href=/admin/teams/" + child + "]")).hasSize(1);
		assertThat(parentItem.select("> ul > li > .branch .meta").text()).isEqualTo("1 lead, no members");
		assertThat(parentItem.select("> .branch a[href=/admin/teams/new?parent=" + parent + "]")).hasSize(1);
	}

	@Test
	void findsTeamsByNameWithTheirParent() {
		String stem = Api.unique("Findable");
		long parent = api.newTeam(stem + " parent", null, List.of(), List.of());
		api.newTeam(stem + " child", parent, List.of(), List.of());
		String parentName = Api.read(api.get("/api/v1/teams/" + parent, api.admin()), "$.name");

		var found = Pages.html(pages.get("/admin/teams/rows?q=" + stem + " child", api.admin(), "HX-Request", "true"));

		assertThat(found.select("#team-results .matches li")).hasSize(1);
		assertThat(found.select("#team-results .matches li .meta").first().text()).isEqualTo("under " + parentName);
	}

	@Test
	void formsATeamUnderAParentWithLeadsAndMembers() {
		long parent = api.newTeam("Parent", null, List.of(), List.of());
		var lead = api.newPerson("Lead");
		var member = api.newPerson("Member");
		String name = Api.unique("Formed");
		var form = teamForm(name, parent);
		form.add("leadIds", String.valueOf(lead.personId()));
		form.add("memberIds", String.valueOf(member.personId()));
		form.add("idempotencyKey", Api.unique("key"));

		var formed = pages.postAll("/admin/teams", api.admin(), form);

		assertThat(formed).hasStatus(302);
		long id = Long.parseLong(formed.getResponse().getRedirectedUrl().replaceAll("\\D+(\\d+).*", "$1"));
		var team = api.get("/api/v1/teams/" + id, api.admin());
		assertThat(team).bodyJson().extractingPath("$.name").isEqualTo(name);
		assertThat(team).bodyJson().extractingPath("$.parentId").isEqualTo((int) parent);
		assertThat(Api.<List<Number>>read(team, "$.leadIds")).containsExactly((int) lead.personId());
		assertThat(Api.<List<Number>>read(team, "$.memberIds")).containsExactly((int) member.personId());
		var shown = Pages.html(pages.get(formed.getResponse().getRedirectedUrl(), api.admin()));
		assertThat(shown.select("#team-leads .chip span").text()).isEqualTo("Lead");
		assertThat(shown.select("#team-parent option[selected]").val()).isEqualTo(String.valueOf(parent));
	}

	@Test
	void formsOneTeamForADoubleClickedSubmit() {
		String name = Api.unique("Once");
		var form = teamForm(name, null);
		form.add("idempotencyKey", Api.unique("key"));

		var first = pages.postAll("/admin/teams", api.admin(), form);
		var second = pages.postAll("/admin/teams", api.admin(), form);

		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(api.get("/api/v1/teams?q=" + name, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void refusesATeamWithoutANameAtTheField() {
		var form = teamForm(" ", null);
		form.add("idempotencyKey", Api.unique("key"));

		var refused = pages.postAll("/admin/teams", api.admin(), form);

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#team-name-error").text()).isEqualTo("must not be blank");
	}

	@Test
	void movesATeamUnderAnother() {
		long from = api.newTeam("From", null, List.of(), List.of());
		long to = api.newTeam("To", null, List.of(), List.of());
		long moved = api.newTeam("Moved", from, List.of(), List.of());
		var form = currentForm(moved);
		form.set("parentId", String.valueOf(to));

		assertThat(pages.postAll("/admin/teams/" + moved, api.admin(), form)).hasStatus(302);

		assertThat(api.get("/api/v1/teams/" + moved, api.admin())).bodyJson().extractingPath("$.parentId").isEqualTo((int) to);
	}

	@Test
	void refusesAMoveThatWouldMakeATeamItsOwnAncestorAtTheField() {
		long top = api.newTeam("Top", null, List.of(), List.of());
		long middle = api.newTeam("Middle", top, List.of(), List.of());
		long bottom = api.newTeam("Bottom", middle, List.of(), List.of());
		var form = currentForm(top);
		form.set("parentId", String.valueOf(bottom));

		var refused = pages.postAll("/admin/teams/" + top, api.admin(), form);

		assertThat(refused).hasStatus(422);
		var page = Pages.html(refused);
		assertThat(page.select("#team-parent-error").text()).isEqualTo("would make the team its own ancestor");
		assertThat(page.select("#team-parent").attr("aria-invalid")).isEqualTo("true");
		assertThat(api.get("/api/v1/teams/" + top, api.admin())).bodyJson().extractingPath("$.parentId").isNull();
	}

	@Test
	void renamesATeamAndReplacesItsLeadsAndMembers() {
		var oldLead = api.newPerson("OldLead");
		var newLead = api.newPerson("NewLead");
		var member = api.newPerson("Member");
		long team = api.newTeam("Renamed", null, List.of(oldLead.personId()), List.of());
		var form = currentForm(team);
		form.set("name", "Renamed again");
		form.set("leadIds", String.valueOf(newLead.personId()));
		form.add("memberIds", String.valueOf(member.personId()));
		form.add("memberIds", String.valueOf(newLead.personId()));

		assertThat(pages.postAll("/admin/teams/" + team, api.admin(), form)).hasStatus(302);

		var saved = api.get("/api/v1/teams/" + team, api.admin());
		assertThat(saved).bodyJson().extractingPath("$.name").isEqualTo("Renamed again");
		assertThat(Api.<List<Number>>read(saved, "$.leadIds")).containsExactly((int) newLead.personId());
		assertThat(Api.<List<Number>>read(saved, "$.memberIds")).containsExactly((int) member.personId());
	}

	@Test
	void refusesSomeoneDeactivatedNextToTheLeads() {
		var gone = api.newPerson("Gone");
		var current = api.get("/api/v1/people/" + gone.personId(), api.admin());
		api.put("/api/v1/people/" + gone.personId(), api.admin(), Map.of("name", "Gone", "email", Api.<String>read(current, "$.email"),
				"locale", "en", "admin", false, "active", false, "version", Api.read(current, "$.version")));
		var form = teamForm(Api.unique("With the gone"), null);
		form.add("leadIds", String.valueOf(gone.personId()));
		form.add("idempotencyKey", Api.unique("key"));

		var refused = pages.postAll("/admin/teams", api.admin(), form);

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#team-leads-error").text()).isEqualTo("no active person has id " + gone.personId());
	}

	@Test
	void picksPeopleBySearchInsteadOfListingEveryone() {
		String stem = Api.unique("Pickable");
		var person = api.newPerson(stem);

		var matches = Pages.html(pages.get("/admin/teams/people-picker?q=" + stem, api.admin(), "HX-Request", "true"));

		assertThat(matches.select(".picker-results li")).hasSize(1);
		assertThat(matches.select(".picker-results button").eachAttr("hx-get")).containsExactly(
				"/admin/teams/roster-entry?personId=" + person.personId() + "&field=leadIds",
				"/admin/teams/roster-entry?personId=" + person.personId() + "&field=memberIds");
		var entry = Pages.html(pages.get("/admin/teams/roster-entry?personId=" + person.personId() + "&field=memberIds",
				api.admin(), "HX-Request", "true"));
		assertThat(entry.select("li.chip input[type=hidden][name=memberIds]").val()).isEqualTo(String.valueOf(person.personId()));
		assertThat(entry.select("li.chip span").text()).isEqualTo(stem);
		assertThat(entry.select("li.chip button").attr("aria-label")).isEqualTo("Remove " + stem);
	}

	@Test
	void showsAChangeSomeoneElseMadeMeanwhileAsAMessage() {
		long team = api.newTeam("Raced", null, List.of(), List.of());
		var form = currentForm(team);
		form.set("version", "7");

		var stale = pages.postAll("/admin/teams/" + team, api.admin(), form);

		assertThat(stale).hasStatus(422);
		assertThat(Pages.html(stale).select(".notice.error").text()).contains("was changed after you read it");
	}
}
