package dev.lodestar.demo;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.PersonRevision;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.showcase.CoachingManagement;
import dev.lodestar.showcase.NewCoachingRequest;
import dev.lodestar.showcase.NewNomination;
import dev.lodestar.showcase.ShowcaseManagement;

/**
 * The demo's OKR coach and showcase: the People team's lead is the coach, who has put the search team's first
 * objective in the showcase; a data analyst's nomination waits for her, and the customer service team asked for help.
 */
@Component
class DemoShowcase {

	static final String COACH = "laura.bell";

	private final PeopleManagement people;

	private final ShowcaseManagement showcase;

	private final CoachingManagement coaching;

	DemoShowcase(PeopleManagement people, ShowcaseManagement showcase, CoachingManagement coaching) {
		this.people = people;
		this.showcase = showcase;
		this.coaching = coaching;
	}

	void fill(DemoCast cast, Map<String, List<DemoQuarter.SetObjective>> byOwner) {
		Person coach = cast.people().get(COACH);
		people.revise(cast.admin(), coach.id(), new PersonRevision(coach.name(), coach.email(), coach.locale(),
				coach.admin(), coach.active(), null, coach.version(), true));
		Caller asCoach = cast.caller(COACH);
		asCoach = new Caller(asCoach.personId(), asCoach.name(), asCoach.admin(), asCoach.locale(), asCoach.teamIds(), true);
		showcase.nominate(asCoach, new NewNomination(byOwner.get("search").get(0).objectiveId(), "Customer outcomes",
				"An outcome customers feel, measured by what they do rather than what we ship; set together by the team."));
		String analyst = cast.roster("data").get(1);
		showcase.nominate(cast.caller(analyst), new NewNomination(byOwner.get("data").get(0).objectiveId(), "数据驱动",
				"目标清晰，关键结果都可以衡量，而且和公司目标对齐。"));
		String serviceLead = cast.roster("service").get(0);
		coaching.ask(cast.caller(serviceLead), cast.teamId("service"),
				new NewCoachingRequest("我们的关键结果更像任务清单，希望教练帮我们一起改写。"));
	}
}
