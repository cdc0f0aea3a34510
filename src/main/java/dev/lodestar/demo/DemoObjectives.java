package dev.lodestar.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.Visibility;

/**
 * The objectives of the demo company's active quarter, written the way its teams would write them: mostly
 * qualitative and in the team's own language, with a few of the usual slips (numbers in an objective, a key
 * result worded as an activity) so that the wording hints have something to say.
 */
final class DemoObjectives {

	/** An objective of a team ({@code teamKey}) or of a person ({@code personKey}); viewers only when private. */
	record DemoObjective(String teamKey, String personKey, String title, String description, Visibility visibility,
			List<String> viewerKeys, List<DemoKeyResult> keyResults) {

		DemoObjective privateTo(String... viewers) {
			return new DemoObjective(teamKey, personKey, title, description, Visibility.PRIVATE, List.of(viewers),
					keyResults);
		}

		DemoObjective describedAs(String text) {
			return new DemoObjective(teamKey, personKey, title, text, visibility, viewerKeys, keyResults);
		}

		String ownerKey() {
			return teamKey != null ? teamKey : personKey;
		}
	}

	record DemoKeyResult(String title, KeyResultKind kind, BigDecimal start, BigDecimal target, String unit) {
	}

	private DemoObjectives() {
	}

	/** Departments first, so that the teams' objectives follow the direction their department set. */
	static List<DemoObjective> all() {
		return Stream.of(ProductObjectives.ALL, GrowthObjectives.ALL, OperationsObjectives.ALL, PersonalObjectives.ALL)
			.flatMap(List::stream)
			.toList();
	}

	static DemoObjective team(String teamKey, String title, DemoKeyResult... keyResults) {
		return new DemoObjective(teamKey, null, title, "", Visibility.PUBLIC, List.of(), List.of(keyResults));
	}

	static DemoObjective person(String personKey, String title, DemoKeyResult... keyResults) {
		return new DemoObjective(null, personKey, title, "", Visibility.PUBLIC, List.of(), List.of(keyResults));
	}

	static DemoKeyResult increase(String title, double start, double target, String unit) {
		return new DemoKeyResult(title, KeyResultKind.INCREASE, decimal(start), decimal(target), unit);
	}

	static DemoKeyResult decrease(String title, double start, double target, String unit) {
		return new DemoKeyResult(title, KeyResultKind.DECREASE, decimal(start), decimal(target), unit);
	}

	static DemoKeyResult percentage(String title, double start, double target) {
		return new DemoKeyResult(title, KeyResultKind.PERCENTAGE, decimal(start), decimal(target), null);
	}

	static DemoKeyResult milestone(String title) {
		return new DemoKeyResult(title, KeyResultKind.MILESTONE, null, null, null);
	}

	/** As written, without trailing zeros: the check-ins keep the same number of decimals as the definition. */
	private static BigDecimal decimal(double value) {
		BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
		return exact.scale() < 0 ? exact.setScale(0) : exact;
	}
}
