package dev.lodestar.objectives;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordingHintsTests {

	@ParameterizedTest
	@ValueSource(strings = { "Grow revenue 20%", "Reach $1M ARR", "Sign 10 new partners", "营收增长20%", "利润翻一番",
			"客户数量达到三万", "Double our reach", "成本降低百分之十", "Make ¥ work for us", "Ｅｘｐａｎｄ to １２ cities" })
	void hintsAtNumbersPercentagesAndMoneyInAnObjective(String title) {
		assertThat(WordingHints.forObjectiveTitle(title)).containsExactly(Hint.NUMBERS_IN_OBJECTIVE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Make onboarding feel effortless", "Become the place engineers want to work in 2026",
			"Win Q3 with delighted customers", "首次实现部门盈利", "打造一个让用户惊喜的产品", "Own the H2 roadmap together" })
	void leavesQualitativeObjectivesAlone(String title) {
		assertThat(WordingHints.forObjectiveTitle(title)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hold 3 workshops", "launch the new app", "Complete the migration", "Do weekly demos",
			"Organise a hackathon", "举办三场客户活动", "完成系统迁移", "开展用户调研", "推进合作谈判" })
	void hintsAtKeyResultsWordedAsActivities(String title) {
		assertThat(WordingHints.forKeyResultTitle(title)).containsExactly(Hint.ACTIVITY_WORDING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Weekly active users from 2,000 to 5,000", "Churn below 3%", "Service center 1.0 supports 2 merchants",
			"TOP 商户服务评分提升10%", "Doubled conversion on the pricing page", "Runway extended to 18 months" })
	void leavesOutcomeKeyResultsAlone(String title) {
		assertThat(WordingHints.forKeyResultTitle(title)).isEmpty();
	}
}
