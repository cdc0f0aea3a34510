package dev.lodestar.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.objectives.ObjectiveFacts;
import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.TestHttpServer;
import dev.lodestar.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leads' weekly digest, through a real SMTP server. It covers the check-in week that ends as the digest's day
 * begins, so each test digests the week running now, on the coming check-in day, in a time zone of its own.
 */
class LeadDigestIntegrationTests extends ApiIntegrationTest {

	@Autowired
	ReminderPlanner planner;

	@Autowired
	NotificationDelivery delivery;

	@Autowired
	ObjectiveFacts objectives;

	@Test
	void aLeadReadsTheirTeamsWeekCheckInsMadeAndMissingConfidenceDropsOpenRequestsAndTheNextReview() throws Exception {
		ZoneId dubai = ZoneId.of("Asia/Dubai");
		var fixtures = new ReminderFixtures(api);
		var lead = fixtures.owner("DigestLead");
		var steady = fixtures.owner("DigestSteady");
		var silent = fixtures.owner("DigestSilent");
		fixtures.choose(lead, dubai.getId(), true, false);
		long team = api.newTeam("Digest team", null, List.of(lead.session().personId()),
				List.of(steady.session().personId(), silent.session().personId()));
		long other = api.newTeam("Digest other", null, List.of(), List.of());
		long teamObjective = api.newTeamObjective(lead.session(), fixtures.cycleId(), team, "Win the market together");
		long served = api.newKeyResult(lead.session(), teamObjective, "INCREASE", 0, 10);
		var asked = api.post("/api/v1/contribution-requests", lead.session(), Map.of("servesKeyResultId", served,
				"askedTeamId", other, "proposal", Map.of("type", "OBJECTIVE", "title", "Help us win the market")));
		assertThat(asked).hasStatus(201);
		var hidden = api.post("/api/v1/objectives", silent.session(), Map.of("cycleId", fixtures.cycleId(), "ownerPersonId",
				silent.session().personId(), "title", "A quiet plan", "visibility", "PRIVATE"));
		long hiddenKeyResult = api.newKeyResult(silent.session(), Api.id(hidden), "INCREASE", 0, 3);
		var shared = api.post("/api/v1/objectives", steady.session(), Map.of("cycleId", fixtures.cycleId(), "ownerPersonId",
				steady.session().personId(), "title", "A plan told to the lead", "visibility", "PRIVATE", "viewerIds",
				List.of(lead.session().personId())));
		long sharedKeyResult = api.newKeyResult(steady.session(), Api.id(shared), "INCREASE", 0, 3);
		TestHttpServer chat = TestHttpServer.start();
		chat.answer(200, "ok");
		assertThat(api.put("/api/v1/teams/" + team + "/chat-webhook", api.admin(), Map.of("platform", "SLACK", "url",
				chat.url("/hook/digest"), "version", 0))).hasStatusOk();
		fixtures.checkIn(steady, steady.keyResultId(), 8);
		fixtures.checkIn(steady, steady.keyResultId(), 5);
		fixtures.checkIn(lead, lead.keyResultId(), 6);
		LocalDate day = comingCheckInDay(dubai);
		Instant at = day.atTime(10, 0).atZone(dubai).toInstant();

		try {
			planner.planAt(at);
			delivery.deliverDue(at.plusSeconds(60));
		}
		finally {
			chat.close();
		}

		List<MimeMessage> digests = digestsTo(lead.email(), "Weekly digest");
		assertThat(digests).hasSize(1);
		String teamName = Api.read(api.get("/api/v1/teams/" + team, api.admin()), "$.name");
		String otherName = Api.read(api.get("/api/v1/teams/" + other, api.admin()), "$.name");
		assertThat(digests.get(0).getSubject()).isEqualTo("Weekly digest: " + teamName);
		String text = TestMail.part(digests.get(0), "text/plain");
		assertThat(text).startsWith("Hello DigestLead, here is how your team's check-in week went.")
			.contains("2 of 5 key results were checked in from " + day.minusDays(7) + " to " + day.minusDays(1))
			.contains("- DigestSteady: " + title(sharedKeyResult) + ": http://localhost:8080/objectives/" + Api.id(shared))
			.contains("- DigestSilent: " + title(silent.keyResultId()) + ": http://localhost:8080/objectives/" + silent.objectiveId())
			.contains("- DigestLead: " + title(served) + ": http://localhost:8080/objectives/" + teamObjective)
			.doesNotContain("DigestSteady: " + title(steady.keyResultId()))
			.doesNotContain("DigestLead: " + title(lead.keyResultId()))
			.doesNotContain(title(hiddenKeyResult))
			.contains("- " + title(steady.keyResultId()) + ": 8 → 5 (DigestSteady)")
			.contains("- " + teamName + " asks " + otherName + ": Help us win the market: http://localhost:8080/contribution-requests/"
					+ Api.id(asked))
			.contains("The review of the week of " + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
			.contains("http://localhost:8080/teams/" + team + "/review");
		assertThat(TestMail.part(digests.get(0), "text/html")).contains("<h3>Confidence dropped</h3>");
		assertThat(digestsTo(steady.email(), "Weekly digest")).isEmpty();

		// the team's own group gets the week in numbers, over public objectives only, and no name or title
		// (the group's check-in reminder arrives beside it: the digest's day is the check-in day)
		List<String> posted = chat.receivedAt("/hook/digest").stream()
			.map(received -> json.readTree(received.body()).get("text").asString())
			.filter(message -> message.startsWith("*Check-in week of"))
			.toList();
		assertThat(posted).containsExactly("*Check-in week of " + teamName + "*\nHello " + teamName + ",\n"
				+ "2 of 4 public key results were checked in from " + day.minusDays(7) + " to " + day.minusDays(1) + ".\n"
				+ "Key results whose confidence dropped by two points or more: 1.\n"
				+ "Open requests between teams: 1.\n"
				+ "• <http://localhost:8080/teams/" + team + "/review|Open the weekly review of " + teamName + ">\n\n"
				+ "Counted over public objectives only; the leads get the details in their own digest.");
	}

	@Test
	void aLeadOfTwoTeamsGetsOnlyTheTeamWhoseReminderDayItIsInTheirLanguage() throws Exception {
		ZoneId tbilisi = ZoneId.of("Asia/Tbilisi");
		var fixtures = new ReminderFixtures(api);
		var lead = fixtures.owner("DigestZh");
		api.speaksChinese(lead.session());
		fixtures.choose(lead, tbilisi.getId(), true, false);
		long today = api.newTeam("Digest today", null, List.of(lead.session().personId()), List.of());
		long later = api.newTeam("Digest later", null, List.of(lead.session().personId()), List.of());
		LocalDate day = comingCheckInDay(tbilisi).plusWeeks(1);
		assertThat(api.put("/api/v1/teams/" + later + "/reminder-day", api.admin(), Map.of("weekday",
				day.getDayOfWeek().plus(2).name(), "version", 0))).hasStatusOk();
		Instant at = day.atTime(10, 0).atZone(tbilisi).toInstant();

		planner.planAt(at);
		delivery.deliverDue(at.plusSeconds(60));

		List<MimeMessage> digests = digestsTo(lead.email(), "团队周报");
		assertThat(digests).hasSize(1);
		String todayName = Api.read(api.get("/api/v1/teams/" + today, api.admin()), "$.name");
		String laterName = Api.read(api.get("/api/v1/teams/" + later, api.admin()), "$.name");
		assertThat(digests.get(0).getSubject()).isEqualTo("团队周报：" + todayName);
		assertThat(TestMail.part(digests.get(0), "text/plain")).startsWith("DigestZh，您好")
			.contains("0 个更新了进展").contains("信心下降").contains("无。").doesNotContain(laterName);
	}

	private static List<MimeMessage> digestsTo(String email, String subject) {
		return TestMail.to(email).stream().filter(mail -> {
			try {
				return mail.getSubject().startsWith(subject);
			}
			catch (jakarta.mail.MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	/** The organisation's next check-in day after today there: the week running now is the one it digests. */
	private LocalDate comingCheckInDay(ZoneId zone) {
		DayOfWeek weekday = DayOfWeek.valueOf(Api.read(api.get("/api/v1/policy/check-ins", api.admin()), "$.weekday"));
		return LocalDate.now(zone).with(TemporalAdjusters.next(weekday));
	}

	private String title(long keyResultId) {
		return objectives.keyResultsById(List.of(keyResultId)).get(0).title();
	}
}
