package dev.lodestar.objectives;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads titles the way a coach would and names what drifts from the method. Pure functions, no state. */
public final class WordingHints {

	/** Years and period labels (2026, Q3, H1, FY26) name when, not how much: they are not quantities. */
	private static final Pattern WHEN = Pattern.compile(
			"(?<![\\p{L}\\p{Nd}])(?:(?:19|20)\\p{Nd}{2}(?:年)?|[QqHh][1-4]|FY\\p{Nd}{2,4})(?!\\p{Nd})");

	private static final Pattern QUANTITY = Pattern.compile(String.join("|",
			"\\p{Nd}",
			"[%％‰]|百分之",
			"[$€£¥￥]|美元|人民币|[万亿]元",
			"(?i)\\b(?:rmb|usd|cny|eur|dollars?|euros?|yuan|million|billion|thousand|double|triple|twice|halve|tenfold)\\b",
			"[一二三四五六七八九十百千两]+\\s*[万亿倍]",
			"翻[一两]?番|翻倍"));

	private static final Pattern WORD_BREAK = Pattern.compile("[\\s,.;:!?，。；：]+");

	private static final List<String> ACTIVITY_VERBS = List.of("hold", "launch", "complete", "do", "run", "organise",
			"organize", "conduct", "attend", "arrange", "host", "implement", "execute", "perform", "carry", "start",
			"finish", "prepare", "participate", "try", "attempt", "work");

	private static final List<String> ACTIVITY_VERBS_ZH = List.of("举办", "完成", "开展", "推进", "组织", "召开", "进行",
			"实施", "执行", "参加", "参与", "启动", "落实", "做", "搞");

	private WordingHints() {
	}

	public static List<Hint> forObjectiveTitle(String title) {
		String withoutPeriods = WHEN.matcher(title).replaceAll(" ");
		return QUANTITY.matcher(withoutPeriods).find() ? List.of(Hint.NUMBERS_IN_OBJECTIVE) : List.of();
	}

	public static List<Hint> forKeyResultTitle(String title) {
		String text = title.strip();
		String firstWord = WORD_BREAK.split(text, 2)[0].toLowerCase(Locale.ROOT);
		boolean activity = ACTIVITY_VERBS.contains(firstWord) || ACTIVITY_VERBS_ZH.stream().anyMatch(text::startsWith);
		return activity ? List.of(Hint.ACTIVITY_WORDING) : List.of();
	}
}
