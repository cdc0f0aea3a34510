package dev.lodestar.platform;

import org.junit.jupiter.api.Test;

import dev.lodestar.platform.i18n.SupportedLocales;

import static org.assertj.core.api.Assertions.assertThat;

class SupportedLocalesTests {

	@Test
	void readsAnyChineseAsSimplifiedChinese() {
		assertThat(SupportedLocales.fromAcceptLanguage("zh-TW,zh;q=0.9")).contains(SupportedLocales.CHINESE);
		assertThat(SupportedLocales.fromAcceptLanguage("zh-Hans-CN")).contains(SupportedLocales.CHINESE);
	}

	@Test
	void takesTheFirstLanguageItSpeaksInOrderOfPreference() {
		assertThat(SupportedLocales.fromAcceptLanguage("fr-FR, en;q=0.8, zh;q=0.5")).contains(SupportedLocales.ENGLISH);
		assertThat(SupportedLocales.fromAcceptLanguage("en;q=0.2, zh;q=0.9")).contains(SupportedLocales.CHINESE);
	}

	@Test
	void ignoresLanguagesItDoesNotSpeakAndMalformedHeaders() {
		assertThat(SupportedLocales.fromAcceptLanguage("fr, de")).isEmpty();
		assertThat(SupportedLocales.fromAcceptLanguage(";;;q=x")).isEmpty();
		assertThat(SupportedLocales.fromAcceptLanguage(null)).isEmpty();
	}

	@Test
	void storesExactlyTwoTags() {
		assertThat(SupportedLocales.fromTag("zh-CN")).contains(SupportedLocales.CHINESE);
		assertThat(SupportedLocales.fromTag("en")).contains(SupportedLocales.ENGLISH);
		assertThat(SupportedLocales.fromTag("zh")).isEmpty();
		assertThat(SupportedLocales.tagOf(SupportedLocales.CHINESE)).isEqualTo("zh-CN");
	}
}
