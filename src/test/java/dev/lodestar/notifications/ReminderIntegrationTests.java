package dev.lodestar.notifications;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-in reminders by e-mail, through a real SMTP server: whom, in which language, with which links, and once. */
class ReminderIntegrationTests extends ApiIntegrationTest {

	private static final String KATHMANDU = "Asia/Kathmandu";

	@Autowired
	ReminderPlanner planner;

	@Autowired
	NotificationDelivery delivery;

	@Autowired
	NotificationRepository notifications;

	@Test
	void remindsThoseWithoutACheckInThisWeekInTheirLanguageWithLinksStraightToTheCheckInOnce() throws Exception {
		var fixtures = new ReminderFixtures(api);
		var chinese = fixtures.owner("ReminderZh");
		api.speaksChinese(chinese.session());
		fixtures.choose(chinese, "Asia/Shanghai", true, false);
		var partly = fixtures.owner("ReminderPartly");
		fixtures.choose(partly, KATHMANDU, true, false);
		long done = fixtures.keyResult(partly);
		fixtures.checkIn(partly, done);
		var muted = fixtures.owner("ReminderMuted");
		fixtures.choose(muted, KATHMANDU, true, true);
		var noEmail = fixtures.owner("ReminderNoEmail");
		fixtures.choose(noEmail, KATHMANDU, false, false);
		var upToDate = fixtures.owner("ReminderDone");
		fixtures.choose(upToDate, KATHMANDU, true, false);
		fixtures.checkIn(upToDate, upToDate.keyResultId());
		// 04:00 UTC: 12:00 in Shanghai, 09:45 in Kathmandu — past the reminder hour (9 by default) in both
		var day = ReminderFixtures.utc(fixtures.checkInDay(1), 4, 0);

		planner.planAt(day);
		planner.planAt(day.plusSeconds(60));
		delivery.deliverDue(day.plusSeconds(120));
		delivery.deliverDue(day.plusSeconds(180));

		List<MimeMessage> toChinese = TestMail.to(chinese.email());
		assertThat(toChinese).hasSize(1);
		assertThat(toChinese.get(0).getSubject()).isEqualTo("该更新本周的进展了");
		String link = "/objectives/" + chinese.objectiveId() + "?check-in=" + chinese.keyResultId() + "#kr-"
				+ chinese.keyResultId();
		assertThat(TestMail.part(toChinese.get(0), "text/plain")).startsWith("ReminderZh，您好").contains(link);
		assertThat(TestMail.part(toChinese.get(0), "text/html")).contains("<a href=\"http://localhost:8080" + link + "\">");
		List<MimeMessage> toPartly = TestMail.to(partly.email());
		assertThat(toPartly).hasSize(1);
		assertThat(toPartly.get(0).getSubject()).isEqualTo("Time for your weekly check-in");
		assertThat(TestMail.part(toPartly.get(0), "text/plain")).startsWith("Hello ReminderPartly")
			.contains("check-in=" + partly.keyResultId()).doesNotContain("check-in=" + done);
		assertThat(TestMail.to(muted.email())).isEmpty();
		assertThat(TestMail.to(noEmail.email())).isEmpty();
		assertThat(TestMail.to(upToDate.email())).isEmpty();
		assertThat(notifications.ofRecipient(chinese.session().personId())).singleElement()
			.satisfies(sent -> assertThat(sent.state()).isEqualTo(Notification.State.SENT));
	}

	@Test
	void aPersonsOwnTimeZoneDecidesWhetherItIsTheirCheckInDayAndHourYet() {
		var fixtures = new ReminderFixtures(api);
		var west = fixtures.owner("ReminderWest");
		fixtures.choose(west, "Pacific/Honolulu", true, false);
		var east = fixtures.owner("ReminderEast");
		fixtures.choose(east, "Asia/Tokyo", true, false);
		var day = fixtures.checkInDay(2);

		// 23:30 UTC the day before: 08:30 in Tokyo, not yet the reminder hour
		planner.planAt(ReminderFixtures.utc(day.minusDays(1), 23, 30));
		assertThat(notifications.ofRecipient(east.session().personId())).isEmpty();
		// 00:30 UTC: 09:30 in Tokyo on the check-in day; 14:30 the day before in Honolulu
		planner.planAt(ReminderFixtures.utc(day, 0, 30));
		assertThat(notifications.ofRecipient(east.session().personId())).hasSize(1);
		assertThat(notifications.ofRecipient(west.session().personId())).isEmpty();
		// 05:00 UTC the day after: 19:00 of the check-in day in Honolulu; the next day in Tokyo and in UTC
		planner.planAt(ReminderFixtures.utc(day.plusDays(1), 5, 0));
		assertThat(notifications.ofRecipient(west.session().personId())).singleElement()
			.satisfies(planned -> assertThat(planned.period()).isEqualTo(day.toString()));
		assertThat(notifications.ofRecipient(east.session().personId())).hasSize(1);
	}
}
