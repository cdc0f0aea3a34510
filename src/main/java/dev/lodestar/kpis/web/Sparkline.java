package dev.lodestar.kpis.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import dev.lodestar.kpis.Measurement;

/**
 * A KPI's recent measurements as an SVG polyline drawn on the server, in a 100 × 24 box: a board of many KPIs
 * needs no script and no chart per row. {@code label} says in words what the line shows, for screen readers.
 */
public record Sparkline(String points, String label) {

	static final int WIDTH = 100;

	static final int HEIGHT = 24;

	private static final int PAD = 2;

	public boolean empty() {
		return points.isEmpty();
	}

	/** The points of the line: oldest on the left, the highest value at the top; one value draws a flat line. */
	static String pointsOf(List<Measurement> recent) {
		if (recent.isEmpty()) {
			return "";
		}
		BigDecimal low = recent.stream().map(Measurement::value).min(BigDecimal::compareTo).orElseThrow();
		BigDecimal high = recent.stream().map(Measurement::value).max(BigDecimal::compareTo).orElseThrow();
		BigDecimal span = high.subtract(low);
		StringBuilder points = new StringBuilder();
		int steps = Math.max(recent.size() - 1, 1);
		for (int i = 0; i < recent.size(); i++) {
			double x = recent.size() == 1 ? 0 : (double) WIDTH * i / steps;
			double y = span.signum() == 0 ? HEIGHT / 2.0
					: PAD + (HEIGHT - 2.0 * PAD) * high.subtract(recent.get(i).value()).divide(span, 6, RoundingMode.HALF_UP).doubleValue();
			points.append(points.isEmpty() ? "" : " ").append(round(x)).append(',').append(round(y));
		}
		if (recent.size() == 1) {
			points.append(' ').append(WIDTH).append(',').append(round(HEIGHT / 2.0));
		}
		return points.toString();
	}

	private static String round(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
