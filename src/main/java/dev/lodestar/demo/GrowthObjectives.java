package dev.lodestar.demo;

import java.util.List;

import dev.lodestar.demo.DemoObjectives.DemoObjective;

import static dev.lodestar.demo.DemoObjectives.decrease;
import static dev.lodestar.demo.DemoObjectives.increase;
import static dev.lodestar.demo.DemoObjectives.milestone;
import static dev.lodestar.demo.DemoObjectives.percentage;
import static dev.lodestar.demo.DemoObjectives.team;

/** Growth: the department and its Brand, Sales, Partnerships and Content teams. */
final class GrowthObjectives {

	static final List<DemoObjective> ALL = List.of(
			team("growth", "让更多中小企业第一次就爱上我们",
					percentage("试用转付费率", 12, 18),
					increase("每月新增付费客户", 300, 450, "家"),
					decrease("新客户第一次成功使用所需时间", 5, 2, "天")),
			team("growth", "成为华东市场最受信赖的品牌",
					percentage("目标客户的品牌认知度", 22, 35),
					increase("来自客户推荐的新线索", 80, 150, "条")),

			team("brand", "Be the OKR brand people recommend to their friends",
					increase("Net Promoter Score", 31, 45, "points"),
					increase("Organic sign-ups per week", 220, 350, "sign-ups"),
					percentage("Share of voice in conversations about OKRs", 8, 15)),
			team("brand", "Tell our story in a way people remember",
					milestone("New brand guidelines adopted by every team"),
					increase("Customer stories published", 3, 10, "stories"),
					increase("Hold brand workshops with every department", 0, 3, "workshops")),

			team("sales", "销售额增长30%",
					increase("季度新签合同额", 620, 800, "万元"),
					increase("平均客单价", 4.8, 6, "万元"),
					percentage("商机赢单率", 21, 28)),
			team("sales", "成为客户最信赖的顾问",
					percentage("续约率", 82, 92),
					increase("客户主动推荐的商机", 15, 40, "个"),
					decrease("从商机到签约的平均周期", 62, 45, "天")),

			team("partnerships", "Make Lodestar the OKR tool every HR platform wants to plug in",
					increase("Live integrations with HR platforms", 3, 8, "integrations"),
					increase("Revenue sourced through partners", 120, 260, "k USD"),
					milestone("Partner portal open to the public")),
			team("partnerships", "Win our first strategic alliance in Asia",
					milestone("Alliance agreement signed with a regional leader"),
					increase("Joint customer pilots running", 0, 3, "pilots"))
				.privateTo("na.li", "olivia.bennett"),

			team("content", "让每一篇内容都值得收藏",
					increase("内容带来的每月注册", 900, 1500, "人"),
					percentage("文章平均读完率", 35, 50),
					increase("方法论专栏订阅数", 4000, 8000, "人")),
			team("content", "成为中文世界最好的 OKR 知识库",
					increase("收录的真实 OKR 案例", 60, 150, "个"),
					milestone("上线中英双语 OKR 词典")));

	private GrowthObjectives() {
	}
}
