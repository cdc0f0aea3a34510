package dev.lodestar.people;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/** Every admin page opens for admins, and only for them. */
class AdminPagesIntegrationTests extends ApiIntegrationTest {

	private static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/people", "/admin/people/new", "/admin/teams",
			"/admin/teams/new", "/admin/import", "/admin/cycles", "/admin/cycles/new", "/admin/policy/caps",
			"/admin/policy/check-ins");

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void opensEveryAdminPageForAnAdmin() {
		for (String path : ADMIN_PAGES) {
			var page = pages.get(path, api.admin());

			assertThat(page).as(path).hasStatusOk();
			assertThat(Pages.html(page).select(".admin-nav a[aria-current=page]")).as(path).hasSize(1);
		}
	}

	@Test
	void refusesEveryAdminPageToSomeoneWhoIsNoAdmin() {
		var member = api.newPerson("Member");

		for (String path : ADMIN_PAGES) {
			assertThat(pages.get(path, member)).as(path).hasStatus(403);
		}
		assertThat(pages.post("/admin/policy/caps", member, java.util.Map.of("maxObjectivesPerOwner", "10"))).hasStatus(403);
	}

	@Test
	void linksEverySectionFromTheAdminIndex() {
		var index = Pages.html(pages.get("/admin", api.admin()));

		assertThat(index.select("main .admin-sections a").eachAttr("href")).containsExactly("/admin/people", "/admin/teams",
				"/admin/import", "/admin/cycles", "/admin/policy/caps", "/admin/policy/check-ins");
	}

	@Test
	void showsTheAdminLinkToAdminsOnly() {
		var member = api.newPerson("Member");

		assertThat(Pages.html(pages.get("/", api.admin())).select("nav.top-nav a[href=/admin]")).hasSize(1);
		assertThat(Pages.html(pages.get("/", member)).select("nav.top-nav a[href=/admin]")).isEmpty();
	}
}
