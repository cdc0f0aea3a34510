package dev.lodestar.demo;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.cocreation.CoCreationManagement;
import dev.lodestar.cocreation.ItemKind;
import dev.lodestar.cocreation.NewItem;
import dev.lodestar.cocreation.NewItemComment;
import dev.lodestar.cocreation.NewSession;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.objectives.NewObjective;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.platform.security.Caller;

/**
 * The next quarter being set as the method says: the product department has said where it is heading, and the
 * search team is in the middle of its co-creation session — objectives proposed by its people, a key result, what it
 * would support above, a comment from the data team it invited, a few +1s. Nobody has voted yet.
 */
@Component
class DemoCoCreation {

	private final CoCreationManagement cocreation;

	private final ObjectiveManagement objectives;

	private final KeyResultManagement keyResults;

	DemoCoCreation(CoCreationManagement cocreation, ObjectiveManagement objectives, KeyResultManagement keyResults) {
		this.cocreation = cocreation;
		this.objectives = objectives;
		this.keyResults = keyResults;
	}

	/** Opens the search team's session for the next quarter; returns its id. */
	long open(DemoCast cast, Cycle next) {
		Caller director = cast.caller("olivia.bennett");
		long direction = objectives.create(director, new NewObjective(next.id(),
				"Make search the quickest way to anything / 让搜索成为通往一切的捷径", "", cast.teamId("product"), null, null,
				List.of())).objective().id();
		long directionKeyResult = keyResults.add(director, direction, new NewKeyResult(
				"Searches answered within 200 ms / 200 毫秒内返回的搜索占比", KeyResultKind.PERCENTAGE, new BigDecimal("70"),
				new BigDecimal("95"), null, cast.personId("olivia.bennett"))).keyResult().id();

		Caller lead = cast.caller("jun.chen");
		long session = cocreation.open(lead, cast.teamId("search"),
				new NewSession(next.id(), 3, List.of(cast.personId("yan.lin")))).id();
		long instant = propose(cast, session, "xiaoming.liu", objective("Results feel instant, everywhere / 结果即时呈现，无处不在"));
		long meant = propose(cast, session, "jing.zhou",
				objective("Customers find what they mean, not just what they type / 让客户找到所想，而不只是所输入"));
		propose(cast, session, "hao.sun", objective("Cut p95 latency to 200 ms / 把 p95 延迟降到 200 毫秒"));
		long fast = propose(cast, session, "daniel.reed", new NewItem(ItemKind.KEY_RESULT, instant,
				"Queries answered from the cache / 由缓存返回的查询占比", null, KeyResultKind.PERCENTAGE, new BigDecimal("35"),
				new BigDecimal("70"), null, null, null, null));
		propose(cast, session, "xiaoming.liu", new NewItem(ItemKind.LINK, instant,
				"Instant results are how searches come back within 200 ms / 即时结果正是 200 毫秒目标的来源", null, null, null,
				null, null, null, directionKeyResult, null));
		propose(cast, session, "daniel.reed", new NewItem(ItemKind.REQUEST, fast,
				"Tell us which queries repeat most / 告诉我们哪些查询最常重复", null, null, null, null, null, null, null,
				cast.teamId("data")));
		cocreation.comment(cast.caller("yan.lin"), session, meant,
				new NewItemComment("We can give you click-through signals / 数据团队可以提供点击信号"));
		for (String person : List.of("jing.zhou", "hao.sun", "yan.lin")) {
			cocreation.plusOne(cast.caller(person), session, instant, true);
		}
		cocreation.plusOne(cast.caller("xiaoming.liu"), session, meant, true);
		return session;
	}

	private long propose(DemoCast cast, long session, String person, NewItem item) {
		return cocreation.propose(cast.caller(person), session, item).id();
	}

	private static NewItem objective(String text) {
		return new NewItem(ItemKind.OBJECTIVE, null, text, null, null, null, null, null, null, null, null);
	}
}
