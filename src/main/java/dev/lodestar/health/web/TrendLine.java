package dev.lodestar.health.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A signal's values over the trend's cycles as an SVG polyline drawn on the server, in a 100 × 24 box, oldest on the
 * left, higher values higher; cycles with nothing to measure leave no point. {@code label} says the same in words.
 */
public record TrendLine(String points, String label) {

	static final int WIDTH = 100;

	static final int HEIGHT = 24;

	private static final int PAD = 2;

	public boolean empty() {
		return points.isEmpty();
	}

	/** The points of the values; a single measured value draws a flat line. */
	static String pointsOf(List<BigDecimal> values) {
		List<BigDecimal> measured = values.stream().filter(java.util.Objects::nonNull).toList();
		if (measured.isEmpty()) {
			return "";
		}
		BigDecimal low = measured.stream().min(BigDecimal::compareTo).orElseThrow();
		BigDecimal high = measured.stream().max(BigDecimal::compareTo).orElseThrow();
		BigDecimal span = high.subtract(low);
		StringBuilder points = new StringBuilder();
		int steps = Math.max(values.size() - 1, 1);
		for (int i = 0; i < values.size(); i++) {
			BigDecimal value = values.get(i);
			if (value == null) {
				continue;
			}
			double x = (double) WIDTH * i / steps;
			double y = span.signum() == 0 ? HEIGHT / 2.0
					: PAD + (HEIGHT - 2.0 * PAD) * high.subtract(value).divide(span, 6, RoundingMode.HALF_UP).doubleValue();
			points.append(points.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(y));
		}
		if (measured.size() == 1) {
			points.append(' ').append(round(points.toString().startsWith("0,") ? WIDTH : 0)).append(',').append(round(HEIGHT / 2.0));
		}
		return points.toString();
	}

	private static String round(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
