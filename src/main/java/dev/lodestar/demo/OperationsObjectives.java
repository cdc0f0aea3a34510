package dev.lodestar.demo;

import java.util.List;

import dev.lodestar.demo.DemoObjectives.DemoObjective;

import static dev.lodestar.demo.DemoObjectives.decrease;
import static dev.lodestar.demo.DemoObjectives.increase;
import static dev.lodestar.demo.DemoObjectives.milestone;
import static dev.lodestar.demo.DemoObjectives.percentage;
import static dev.lodestar.demo.DemoObjectives.team;

/**
 * Operations: the department and its Customer Service, People and Finance teams. Customer Service carries the
 * example of the method's source: a cost centre that sets out to create value of its own.
 */
final class OperationsObjectives {

	static final List<DemoObjective> ALL = List.of(
			team("operations", "让每一位客户都感到被认真对待",
					increase("客户满意度 (CSAT)", 4.2, 4.6, "分"),
					decrease("首次响应时间", 45, 15, "分钟")),
			team("operations", "打造高效、透明、值得信赖的运营体系",
					percentage("按时关账的月份比例", 60, 100),
					milestone("新版审批流程全员上线")),

			team("service", "First realization of departmental profitability",
					increase("Service center 1.0 supports at least 2 merchants", 0, 2, "merchants"),
					percentage("TOP merchants' service score up 10%+", 0, 10))
				.describedAs("首次实现部门盈利：打破成本中心的定位，为公司创造更多价值。"),
			team("service", "让客户的问题在第一次接触时就被解决",
					percentage("首次接触解决率", 64, 80),
					decrease("平均处理时长", 18, 10, "分钟"),
					increase("知识库自助解决的工单", 1200, 2500, "张")),
			team("service", "打造一支有温度、专业的服务团队",
					percentage("客服认证考核通过率", 50, 90),
					decrease("每月主动离职的客服", 4, 1, "人"),
					increase("开展案例复盘会", 0, 12, "次")),

			team("people", "Make Lodestar the place people want to build their careers",
					percentage("People who see a clear next step in their career", 48, 70),
					percentage("Regretted attrition, annualised", 12, 7),
					decrease("Days to fill an open role", 58, 40, "days")),
			team("people", "Redesign pay bands so they are fair and explainable",
					milestone("New pay bands approved by the leadership team"),
					percentage("Roles benchmarked against market data", 20, 100))
				.privateTo("wei.zhang", "ying.ye"),
			team("people", "Help every team make OKRs their own",
					increase("Run a co-creation meeting with every team", 0, 12, "teams"),
					percentage("Teams checking in every week", 40, 85)),

			team("finance", "让每一分钱都花得明白",
					decrease("月度关账天数", 8, 4, "天"),
					percentage("有预算负责人的费用科目", 55, 100),
					milestone("上线费用自助报销系统")),
			team("finance", "为下一轮融资做好准备",
					milestone("完成年度审计并取得无保留意见"),
					increase("现金可支撑的月数", 14, 20, "个月"),
					percentage("财务数据自动化率", 40, 75)));

	private OperationsObjectives() {
	}
}
