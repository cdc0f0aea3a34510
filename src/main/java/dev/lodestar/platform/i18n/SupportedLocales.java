package dev.lodestar.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Lodestar speaks English and Simplified Chinese; every other wish falls back to one of them. */
public final class SupportedLocales {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final List<String> TAGS = List.of("en", "zh-CN");

	private SupportedLocales() {
	}

	/** A stored or requested tag, {@code en} or {@code zh-CN}, exactly. */
	public static Optional<Locale> fromTag(String tag) {
		if ("en".equals(tag)) {
			return Optional.of(ENGLISH);
		}
		if ("zh-CN".equals(tag)) {
			return Optional.of(CHINESE);
		}
		return Optional.empty();
	}

	public static String tagOf(Locale locale) {
		return CHINESE.equals(locale) ? "zh-CN" : "en";
	}

	/** The first language of an Accept-Language header we speak; any Chinese variant reads Simplified Chinese. */
	public static Optional<Locale> fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
				if (language.equals("zh")) {
					return Optional.of(CHINESE);
				}
				if (language.equals("en")) {
					return Optional.of(ENGLISH);
				}
			}
		}
		catch (IllegalArgumentException malformedHeader) {
			return Optional.empty();
		}
		return Optional.empty();
	}
}
