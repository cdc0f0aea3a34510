package dev.lodestar.notifications;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.TestMail;
import dev.lodestar.support.TwoInstancesIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances on one database, their timers firing at the same moment: every reminder is written and sent once. */
class RemindersAcrossInstancesIntegrationTests extends TwoInstancesIntegrationTest {

	@Autowired
	ReminderPlanner planner;

	@Autowired
	NotificationDelivery delivery;

	@Autowired
	NotificationRepository notifications;

	@Test
	void twoInstancesPlanningAndDeliveringAtOnceSendEachReminderOnce() throws Exception {
		var fixtures = new ReminderFixtures(api);
		var owners = List.of(fixtures.owner("TwiceA"), fixtures.owner("TwiceB"), fixtures.owner("TwiceC"));
		owners.forEach(owner -> fixtures.choose(owner, "Asia/Colombo", true, false));
		// 04:00 UTC: 09:30 in Colombo
		Instant day = ReminderFixtures.utc(fixtures.checkInDay(3), 4, 0);
		ReminderPlanner otherPlanner = secondBean(ReminderPlanner.class);
		NotificationDelivery otherDelivery = secondBean(NotificationDelivery.class);

		List<Integer> planned = both(() -> planner.planAt(day), () -> otherPlanner.planAt(day));
		List<Integer> sent = both(() -> delivery.deliverDue(day.plusSeconds(60)), () -> otherDelivery.deliverDue(day.plusSeconds(60)));

		// one instance claimed the day's run and wrote every reminder; the other wrote none
		assertThat(planned).contains(0);
		assertThat(planned.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(owners.size());
		assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(owners.size());
		for (var owner : owners) {
			assertThat(TestMail.to(owner.email())).as(owner.email()).hasSize(1);
			assertThat(notifications.ofRecipient(owner.session().personId())).singleElement()
				.satisfies(one -> assertThat(one.state()).isEqualTo(Notification.State.SENT));
		}
	}

	/** Runs both at the same moment, as two timers would fire, and answers what each answered. */
	private static List<Integer> both(Callable<Integer> first, Callable<Integer> second) throws Exception {
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			Future<Integer> a = two.submit(() -> {
				start.await();
				return first.call();
			});
			Future<Integer> b = two.submit(() -> {
				start.await();
				return second.call();
			});
			start.countDown();
			return List.of(a.get(), b.get());
		}
		finally {
			two.shutdown();
		}
	}
}
