package dev.lodestar.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.MessageSource;

import dev.lodestar.platform.i18n.SupportedLocales;

/**
 * The words and formats of one reader: messages by key, and dates and numbers as their language writes them.
 * Templates hold keys only; everything a person reads comes through here. One per request, so it may keep
 * formats that are not thread-safe.
 */
public final class Texts {

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final DateTimeFormatter dates;

	private final DateTimeFormatter dateTimes;

	/** Made on first use and kept for this reader's request: a page formats hundreds of numbers. */
	private NumberFormat numbers;

	private NumberFormat percents;

	public Texts(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
	}

	public String m(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	public Locale locale() {
		return locale;
	}

	/** {@code en} or {@code zh-CN}, for {@code <html lang>} and the language switch. */
	public String languageTag() {
		return SupportedLocales.tagOf(locale);
	}

	public ZoneId zone() {
		return zone;
	}

	public String date(LocalDate date) {
		return date == null ? "" : dates.format(date);
	}

	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : dateTimes.format(instant.atZone(zone));
	}

	/** An ISO instant in UTC for {@code <time datetime>} and charts: machines read it, people read {@link #dateTime}. */
	public String iso(Instant instant) {
		return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	public String number(BigDecimal number) {
		if (number == null) {
			return "";
		}
		if (numbers == null) {
			numbers = NumberFormat.getNumberInstance(locale);
			numbers.setMaximumFractionDigits(4);
		}
		return numbers.format(number);
	}

	/** A progress of 0–100 as a percentage in the reader's style, e.g. 45.5%. */
	public String percent(BigDecimal progress) {
		if (progress == null) {
			return "";
		}
		if (percents == null) {
			percents = NumberFormat.getPercentInstance(locale);
			percents.setMaximumFractionDigits(1);
		}
		return percents.format(progress.movePointLeft(2));
	}
}
