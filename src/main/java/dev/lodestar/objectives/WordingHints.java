package dev.lodestar.objectives;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads titles the way a coach would and names what drifts from the method. The answers depend on the title alone;
 * objective titles are remembered (a bounded map) because an overview reads the same ones again and again.
 */
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

	/** Titles read before, with their hints: a cycle's overview shows the same titles again and again. */
	private static final Map<String, List<Hint>> OBJECTIVE_HINTS = new ConcurrentHashMap<>();

	private static final int REMEMBERED_TITLES = 50_000;

	private static final Set<String> ACTIVITY_VERBS = Set.of("hold", "launch", "complete", "do", "run", "organise",
			"organize", "conduct", "attend", "arrange", "host", "implement", "execute", "perform", "carry", "start",
			"finish", "prepare", "participate", "try", "attempt", "work");

	private static final List<String> ACTIVITY_VERBS_ZH = List.of("举办", "完成", "开展", "推进", "组织", "召开", "进行",
			"实施", "执行", "参加", "参与", "启动", "落实", "做", "搞");

	private WordingHints() {
	}

	public static List<Hint> forObjectiveTitle(String title) {
		List<Hint> known = OBJECTIVE_HINTS.get(title);
		if (known != null) {
			return known;
		}
		String withoutPeriods = WHEN.matcher(title).replaceAll(" ");
		List<Hint> hints = QUANTITY.matcher(withoutPeriods).find() ? List.of(Hint.NUMBERS_IN_OBJECTIVE) : List.of();
		if (OBJECTIVE_HINTS.size() >= REMEMBERED_TITLES) {
			OBJECTIVE_HINTS.clear();
		}
		OBJECTIVE_HINTS.put(title, hints);
		return hints;
	}

	public static List<Hint> forKeyResultTitle(String title) {
		String text = title.strip();
		for (String verb : ACTIVITY_VERBS_ZH) {
			if (text.startsWith(verb)) {
				return List.of(Hint.ACTIVITY_WORDING);
			}
		}
		int end = 0;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		String firstWord = text.substring(0, end).toLowerCase(Locale.ROOT);
		return ACTIVITY_VERBS.contains(firstWord) ? List.of(Hint.ACTIVITY_WORDING) : List.of();
	}
}
