package dev.lodestar.demo;

import java.util.List;
import java.util.Random;

/** What owners write beside a weekly value, in their key result's language: short, as real notes are. */
final class CheckInNotes {

	enum Mood {
		PROGRESS, SETBACK, STALLED, DONE
	}

	private static final List<List<String>> ENGLISH = List.of(
			List.of("On track this week.", "Good progress, the trend is holding.",
					"Slower than hoped, but moving the right way.", "Shipped the first part; the numbers are moving.",
					"Customer feedback is encouraging.", "Lost two days to a dependency, caught up since."),
			List.of("Dipped this week; we know why and a fix is planned.", "A step back after the release, looking into it."),
			List.of("No movement, waiting on another team.", "Still blocked. Raising it in the weekly review.",
					"Parked this week to help with an incident."),
			List.of("Done! Thanks to everyone who helped."));

	private static final List<List<String>> CHINESE = List.of(
			List.of("本周按计划推进。", "进展不错，趋势保持住了。", "比预期慢一些，但方向是对的。", "第一部分已上线，数据开始变化。",
					"客户反馈很积极。", "被依赖方耽误了两天，已经追回来了。"),
			List.of("本周有所回落，原因已找到，正在修复。", "上线后数据下滑，正在排查。"),
			List.of("本周没有进展，在等其他团队。", "仍然受阻，周会上提出来讨论。", "本周支援线上问题，暂时搁置。"),
			List.of("已完成！感谢大家的支持。"));

	private CheckInNotes() {
	}

	/** About one check-in in four comes without a note, as in any team. */
	static String pick(Mood mood, boolean chinese, Random random) {
		if (mood == Mood.PROGRESS && random.nextInt(4) == 0) {
			return "";
		}
		List<String> notes = (chinese ? CHINESE : ENGLISH).get(mood.ordinal());
		return notes.get(random.nextInt(notes.size()));
	}

	static boolean isChinese(String text) {
		return text.codePoints().anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN);
	}
}
