package dev.lodestar.notifications;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/** A team reminded on its own day: set by its leads, in the API and on a page, and followed by the reminders. */
class TeamReminderDayIntegrationTests extends ApiIntegrationTest {

	@Autowired
	ReminderPlanner planner;

	@Autowired
	NotificationRepository notifications;

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	private static Map<String, Object> day(String weekday, int version) {
		Map<String, Object> body = new HashMap<>();
		body.put("weekday", weekday);
		body.put("version", version);
		return body;
	}

	@Test
	void aLeadMovesTheTeamsReminderDayAndOthersMayNot() {
		var lead = api.newPerson("DayLead");
		var member = api.newPerson("DayMember");
		long team = api.newTeam("Own day team", null, List.of(lead.personId()), List.of(member.personId()));
		String uri = "/api/v1/teams/" + team + "/reminder-day";
		assertThat(Api.<Object>read(api.get(uri, member), "$.weekday")).isNull();

		var moved = api.put(uri, lead, day("WEDNESDAY", 0));
		var byMember = api.put(uri, member, day("FRIDAY", 1));
		var noDay = api.put(uri, lead, day("SOMEDAY", 1));
		var stale = api.put(uri, lead, day("THURSDAY", 0));

		assertThat(moved).hasStatusOk();
		assertThat(Api.<Integer>read(moved, "$.version")).isEqualTo(1);
		assertThat(byMember).hasStatus(403);
		assertThat(noDay).hasStatus(400);
		assertThat(Api.<List<String>>read(noDay, "$.errors[*].field")).containsExactly("weekday");
		assertThat(stale).hasStatus(409);
		assertThat(Api.<String>read(api.get(uri, member), "$.weekday")).isEqualTo("WEDNESDAY");
		var back = api.put(uri, api.admin(), day(null, 1));
		assertThat(Api.<Object>read(back, "$.weekday")).isNull();
		assertThat(Api.<Integer>read(back, "$.version")).isZero();
		assertThat(api.get("/api/v1/teams/999999/reminder-day", lead)).hasStatus(404);
	}

	@Test
	void theTeamsPeopleAreRemindedOnItsDayAndOthersOnTheOrganisations() {
		var fixtures = new ReminderFixtures(api);
		var own = fixtures.owner("OwnDay");
		var other = fixtures.owner("OrgDay");
		fixtures.choose(own, "Asia/Karachi", true, false);
		fixtures.choose(other, "Asia/Karachi", true, false);
		long team = api.newTeam("Reminded on its own day", null, List.of(), List.of(own.session().personId()));
		var organisationDay = fixtures.checkInDay(5);
		DayOfWeek teamDay = organisationDay.getDayOfWeek().plus(2);
		assertThat(api.put("/api/v1/teams/" + team + "/reminder-day", api.admin(), day(teamDay.name(), 0))).hasStatusOk();

		// 05:00 UTC: 10:00 in Karachi
		planner.planAt(ReminderFixtures.utc(organisationDay, 5, 0));
		assertThat(notifications.ofRecipient(other.session().personId())).hasSize(1);
		assertThat(notifications.ofRecipient(own.session().personId())).isEmpty();

		planner.planAt(ReminderFixtures.utc(organisationDay.plusDays(2), 5, 0));
		assertThat(notifications.ofRecipient(own.session().personId())).singleElement()
			.satisfies(planned -> assertThat(planned.period()).isEqualTo(organisationDay.plusDays(2).toString()));
		assertThat(notifications.ofRecipient(other.session().personId())).hasSize(1);
	}

	@Test
	void theTeamsPageLinksItsLeadsToTheDayTheyMoveOnAPage() {
		var lead = api.newPerson("PageDayLead");
		var member = api.newPerson("PageDayMember");
		long team = api.newTeam("Page day team", null, List.of(lead.personId()), List.of(member.personId()));
		api.speaksChinese(lead);

		var link = Pages.html(pages.get("/teams/" + team + "/reminder-day-link", lead));
		assertThat(link.select("a[href='/teams/" + team + "/reminder-day']").text()).startsWith("提醒日：");
		assertThat(Pages.html(pages.get("/teams/" + team + "/reminder-day-link", member)).select("a")).isEmpty();
		var page = Pages.html(pages.get("/teams/" + team + "/reminder-day", lead));
		assertThat(page.select("#team-reminder-weekday option")).hasSize(8);

		var refused = pages.post("/teams/" + team + "/reminder-day", lead, Map.of("weekday", "SOMEDAY", "version", "0"));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#team-reminder-weekday-error").text()).isNotBlank();
		assertThat(pages.post("/teams/" + team + "/reminder-day", member, Map.of("weekday", "FRIDAY", "version", "0")))
			.hasStatus(403);
		var saved = pages.post("/teams/" + team + "/reminder-day", lead, Map.of("weekday", "FRIDAY", "version", "0"));
		assertThat(saved).hasStatus(302).hasRedirectedUrl("/teams/" + team + "/reminder-day?done=saved");
		assertThat(Api.<String>read(api.get("/api/v1/teams/" + team + "/reminder-day", member), "$.weekday")).isEqualTo("FRIDAY");
	}
}
