package dev.lodestar.demo;

import java.util.List;

import dev.lodestar.demo.DemoObjectives.DemoObjective;

import static dev.lodestar.demo.DemoObjectives.decrease;
import static dev.lodestar.demo.DemoObjectives.increase;
import static dev.lodestar.demo.DemoObjectives.milestone;
import static dev.lodestar.demo.DemoObjectives.percentage;
import static dev.lodestar.demo.DemoObjectives.team;

/** Product & Engineering: the department and its Search, Mobile, Payments, Platform and Data teams. */
final class ProductObjectives {

	static final List<DemoObjective> ALL = List.of(
			team("product", "Build a product our customers can't imagine working without",
					increase("Weekly active teams using three or more features", 1200, 1800, "teams"),
					percentage("Customers who would be very disappointed without us", 38, 50),
					decrease("Median time from idea to production", 21, 10, "days")),
			team("product", "Make engineering a place where great people do their best work",
					percentage("Engineers who rate their focus time as good", 55, 75),
					decrease("Unplanned on-call pages per week", 40, 15, "pages"),
					milestone("Career ladder for engineers published and in use")),

			team("search", "让搜索像读懂用户的心思一样",
					percentage("搜索后的点击率", 41, 55),
					percentage("零结果搜索占比", 8, 3),
					decrease("P95 搜索延迟", 800, 300, "毫秒")),
			team("search", "中文搜索体验做到业界最好",
					increase("人工评测相关性得分", 3.4, 4.2, "分"),
					milestone("上线新版中文分词与同义词库"),
					milestone("完成拼音纠错功能开发")),

			team("mobile", "Make the mobile app the way people prefer to check in",
					percentage("Check-ins made from the app", 18, 40),
					increase("App store rating", 3.9, 4.5, "stars"),
					decrease("Crashes per thousand sessions", 4.5, 1, "crashes")),
			team("mobile", "Delight people in their first five minutes",
					percentage("New users who finish onboarding", 52, 75),
					decrease("Median time to a first objective", 9, 3, "minutes"),
					milestone("Launch offline mode on iOS and Android")),
			team("mobile", "Ship 12 releases this quarter",
					increase("Releases shipped to the stores", 0, 12, "releases"),
					decrease("Days from code freeze to store approval", 6, 2, "days")),

			team("payments", "让每一笔支付都安心、顺畅",
					percentage("支付成功率", 96.5, 99.2),
					decrease("每万笔交易的争议数", 12, 5, "笔"),
					milestone("完成支付网关迁移")),
			team("payments", "打开海外收款的大门",
					increase("支持的结算币种", 2, 6, "种"),
					increase("海外付费客户", 40, 120, "家"),
					milestone("通过 PCI DSS 年度审计")),

			team("platform", "Give every team a platform they trust on their worst day",
					percentage("Availability of the core API", 99.5, 99.95),
					decrease("Mean time to recovery", 90, 30, "minutes"),
					decrease("Severe incidents per month", 4, 1, "incidents")),
			team("platform", "Make shipping boring, in the best way",
					decrease("Median CI pipeline time", 24, 10, "minutes"),
					increase("Deploys per day", 6, 20, "deploys"),
					milestone("Launch the new CI pipeline for every service"),
					percentage("Services on the golden-path templates", 35, 80)),
			team("platform", "Cut the cloud bill without cutting corners",
					decrease("Monthly cloud spend", 84, 65, "k USD"),
					percentage("Workloads on right-sized instances", 40, 90)),

			team("data", "让每个决策都有可信的数据支撑",
					percentage("有明确口径和负责人的核心指标", 30, 100),
					decrease("数据看板加载时间", 12, 3, "秒"),
					increase("每周使用自助分析的同事", 45, 120, "人")),
			team("data", "让数据按时、准确地到达",
					percentage("按时完成的每日数据任务", 91, 99.5),
					decrease("每月数据质量事故", 9, 2, "起"),
					increase("举办数据素养培训", 0, 4, "场")));

	private ProductObjectives() {
	}
}
