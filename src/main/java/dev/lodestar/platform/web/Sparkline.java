package dev.lodestar.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Values over time as an SVG polyline drawn on the server, in a 100 × 24 box, oldest on the left and the highest
 * value at the top: a board of many rows needs no script and no chart per row. A value missing (null) leaves no
 * point; a single value draws a flat line. {@code label} says in words what the line shows, for screen readers.
 */
public record Sparkline(String points, String label) {

	static final int WIDTH = 100;

	static final int HEIGHT = 24;

	private static final int PAD = 2;

	public static Sparkline of(List<BigDecimal> values, String label) {
		return new Sparkline(pointsOf(values), label);
	}

	/** No line, only the words (e.g. that nothing was measured yet). */
	public static Sparkline none(String label) {
		return new Sparkline("", label);
	}

	public boolean empty() {
		return points.isEmpty();
	}

	static String pointsOf(List<BigDecimal> values) {
		List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
		if (present.isEmpty()) {
			return "";
		}
		if (present.size() == 1) {
			return "0," + round(HEIGHT / 2.0) + " " + WIDTH + "," + round(HEIGHT / 2.0);
		}
		BigDecimal low = present.stream().min(BigDecimal::compareTo).orElseThrow();
		BigDecimal high = present.stream().max(BigDecimal::compareTo).orElseThrow();
		BigDecimal span = high.subtract(low);
		StringBuilder points = new StringBuilder();
		int steps = Math.max(values.size() - 1, 1);
		for (int i = 0; i < values.size(); i++) {
			BigDecimal value = values.get(i);
			if (value != null) {
				double x = (double) WIDTH * i / steps;
				double y = span.signum() == 0 ? HEIGHT / 2.0
						: PAD + (HEIGHT - 2.0 * PAD) * high.subtract(value).divide(span, 6, RoundingMode.HALF_UP).doubleValue();
				points.append(points.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(y));
			}
		}
		return points.toString();
	}

	private static String round(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
