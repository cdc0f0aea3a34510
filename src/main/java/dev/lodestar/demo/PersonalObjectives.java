package dev.lodestar.demo;

import java.util.List;

import dev.lodestar.demo.DemoObjectives.DemoObjective;

import static dev.lodestar.demo.DemoObjectives.decrease;
import static dev.lodestar.demo.DemoObjectives.increase;
import static dev.lodestar.demo.DemoObjectives.milestone;
import static dev.lodestar.demo.DemoObjectives.percentage;
import static dev.lodestar.demo.DemoObjectives.person;

/** Personal objectives of about a third of the company, each in its owner's language. */
final class PersonalObjectives {

	static final List<DemoObjective> ALL = List.of(
			person("olivia.bennett", "Be a leader who sets direction, not tasks",
					percentage("Team objectives drafted in co-creation meetings", 30, 80),
					decrease("Decisions escalated to me per week", 12, 5, "decisions")),
			person("wei.zhang", "让运营团队成为公司最可靠的后盾",
					percentage("跨部门协作满意度", 65, 85),
					milestone("运营各团队的 OKR 全部公开")),
			person("xiaoming.liu", "成为团队里最懂搜索排序的人",
					milestone("读完《信息检索导论》并做内部分享"),
					increase("主导的排序实验", 0, 4, "个")),
			person("daniel.reed", "Bridge Search and Platform so they move as one",
					increase("Shared components adopted by both teams", 1, 4, "components"),
					decrease("Open blockers between the two teams", 7, 2, "blockers")),
			person("sophie.turner", "Grow into a lead people love working with",
					percentage("Teammates who rate our one-on-ones as useful", 60, 90),
					increase("Teammates coached to lead a feature", 0, 2, "people")),
			person("james.walker", "Write code I am proud to hand over",
					decrease("Bugs reopened after review", 6, 1, "bugs"),
					percentage("My pull requests that come with tests", 70, 100)),
			person("priya.nair", "Make accessibility a habit in the mobile team",
					percentage("Screens passing accessibility checks", 45, 95),
					increase("Hold an accessibility review every sprint", 0, 6, "reviews")),
			person("emily.carter", "Make design decisions visible and shared",
					increase("Design reviews open to everyone", 0, 6, "reviews"),
					milestone("Design system documented in the wiki")),
			person("lei.wang", "让团队每个人都能独当一面",
					increase("能独立值班的工程师", 2, 5, "人"),
					milestone("支付系统架构文档全部更新")),
			person("ethan.brooks", "Become the go-to person for observability",
					increase("Services with dashboards people actually use", 3, 15, "services"),
					percentage("Alerts that link to a runbook", 30, 80),
					milestone("Internal talk on tracing given to all engineers")),
			person("marcus.hill", "Make the platform team a magnet for great engineers",
					increase("Qualified applicants from referrals", 2, 10, "applicants"),
					milestone("Engineering blog series on reliability published")),
			person("yan.lin", "培养数据团队的下一代骨干",
					increase("带教的新同事", 0, 2, "人"),
					percentage("能独立完成建模的团队成员", 40, 80)),
			person("chloe.evans", "Work with the Data team in their own language",
					increase("HSK level passed", 2, 4, "level"),
					milestone("A data review presented in Chinese")),
			person("hannah.wright", "Find our brand's voice in Chinese",
					milestone("Chinese tone-of-voice guide agreed with the Content team"),
					increase("Campaigns co-created with Content", 0, 3, "campaigns")),
			person("mei.tang", "用故事让品牌有温度",
					increase("客户故事视频", 0, 5, "支"),
					percentage("视频平均完播率", 25, 45)),
			person("gang.luo", "带出一支自驱的销售团队",
					increase("每周主动复盘的销售", 2, 6, "人"),
					percentage("新人入职一个月内独立签单的比例", 20, 50)),
			person("fei.song", "成为合作伙伴最信任的联络人",
					increase("每月深度沟通的合作伙伴", 3, 8, "家"),
					percentage("合作伙伴满意度", 70, 90)),
			person("hua.yang", "带领客服团队从成本中心走向价值中心",
					percentage("带来增购线索的服务工单", 1, 5),
					increase("客服团队发现的增购商机", 10, 40, "个")),
			person("li.zhu", "成为客户心中最专业的服务顾问",
					increase("个人客户满意度", 4.3, 4.8, "分"),
					increase("贡献的知识库文章", 5, 20, "篇")),
			person("laura.bell", "Become a trusted OKR coach for the whole company",
					increase("Teams coached through a co-creation meeting", 0, 8, "teams"),
					percentage("Coaching sessions rated helpful", 70, 90)),
			person("ying.ye", "拿下注册会计师资格",
					increase("通过的 CPA 科目", 2, 4, "门"),
					milestone("《财务成本管理》模拟考试及格"))
				.privateTo("wei.zhang"));

	private PersonalObjectives() {
	}
}
