package dev.lodestar.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;
import dev.lodestar.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/** A delivery that fails is tried again after growing pauses, then shown to admins, who put it back in line. */
class DeliveryRetriesIntegrationTests extends ApiIntegrationTest {

	@Autowired
	ReminderPlanner planner;

	@Autowired
	NotificationDelivery delivery;

	@Autowired
	NotificationRepository notifications;

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void aFailedDeliveryIsTriedAgainLaterThenShownToAdminsWhoPutItBackInLine() {
		var fixtures = new ReminderFixtures(api);
		var owner = fixtures.owner("Unreachable");
		fixtures.choose(owner, "Asia/Dhaka", true, false);
		// 04:00 UTC: 10:00 in Dhaka
		planner.planAt(ReminderFixtures.utc(fixtures.checkInDay(4), 4, 0));
		long id = notifications.ofRecipient(owner.session().personId()).get(0).id();
		Instant now = Instant.now();

		TestMail.down(() -> {
			delivery.deliverDue(now);
			assertThat(notifications.find(id).orElseThrow()).satisfies(first -> {
				assertThat(first.state()).isEqualTo(Notification.State.PENDING);
				assertThat(first.attempts()).isEqualTo(1);
				assertThat(first.lastError()).isNotBlank();
			});
			// not due again before its pause is over
			delivery.deliverDue(now.plusSeconds(30));
			assertThat(notifications.find(id).orElseThrow().attempts()).isEqualTo(1);
			for (Duration later : List.of(Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1),
					Duration.ofHours(3), Duration.ofHours(10))) {
				delivery.deliverDue(now.plus(later));
			}
		});

		assertThat(notifications.find(id).orElseThrow()).satisfies(failed -> {
			assertThat(failed.state()).isEqualTo(Notification.State.FAILED);
			assertThat(failed.attempts()).isEqualTo(NotificationDelivery.PAUSES.size() + 1);
		});
		assertThat(TestMail.to(owner.email())).isEmpty();
		var listed = api.get("/api/v1/notifications?state=FAILED&size=200", api.admin());
		assertThat(Api.<List<Integer>>read(listed, "$.items[*].id")).contains((int) id);
		assertThat(Api.<List<String>>read(listed, "$.items[?(@.id == " + id + ")].recipientName")).containsExactly("Unreachable");
		assertThat(api.get("/api/v1/notifications", owner.session())).hasStatus(403);
		assertThat(api.get("/api/v1/notifications?state=LOST", api.admin())).hasStatus(400);
		var page = Pages.html(pages.get("/admin/notifications", api.admin()));
		assertThat(page.select("#delivery-" + id + " td").get(2).text()).isEqualTo("Failed");
		assertThat(page.select("#delivery-" + id + " form[action='/admin/notifications/" + id + "/retry']")).hasSize(1);

		assertThat(pages.post("/admin/notifications/" + id + "/retry", api.admin(), java.util.Map.of())).hasStatus(302);
		assertThat(api.post("/api/v1/notifications/" + id + "/retry", api.admin(), null)).hasStatus(409);
		delivery.deliverDue(Instant.now().plusSeconds(1));

		assertThat(notifications.find(id).orElseThrow().state()).isEqualTo(Notification.State.SENT);
		assertThat(TestMail.to(owner.email())).hasSize(1);
	}

	@Test
	void aReminderToSomeoneDeactivatedSincePlanningIsGivenUpAtOnceWithTheReasonTranslated() {
		var fixtures = new ReminderFixtures(api);
		var owner = fixtures.owner("LeftSincePlanning");
		fixtures.choose(owner, "Asia/Thimphu", true, false);
		// 04:00 UTC: 10:00 in Thimphu
		planner.planAt(ReminderFixtures.utc(fixtures.checkInDay(4), 4, 0));
		long id = notifications.ofRecipient(owner.session().personId()).get(0).id();
		var current = api.get("/api/v1/people/" + owner.session().personId(), api.admin());
		assertThat(api.put("/api/v1/people/" + owner.session().personId(), api.admin(), java.util.Map.of("name",
				"LeftSincePlanning", "email", owner.email(), "locale", "en", "admin", false, "active", false, "version",
				Api.read(current, "$.version")))).hasStatusOk();

		delivery.deliverDue(Instant.now());

		assertThat(notifications.find(id).orElseThrow()).satisfies(given -> {
			assertThat(given.state()).isEqualTo(Notification.State.FAILED);
			assertThat(given.attempts()).isEqualTo(1);
		});
		var listed = api.get("/api/v1/notifications?state=FAILED&size=200", api.admin());
		assertThat(Api.<List<String>>read(listed, "$.items[?(@.id == " + id + ")].failure")).containsExactly("recipient-inactive");
		var page = Pages.html(pages.get("/admin/notifications", api.admin()));
		assertThat(page.select("#delivery-" + id + " td").get(5).text()).isEqualTo("The recipient is no longer active.");
		assertThat(TestMail.to(owner.email())).isEmpty();
	}
}
