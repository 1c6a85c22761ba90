package org.majlis.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

import org.majlis.bench.QuestionResult.TargetFigures;

/**
 * The results as a PNG: grouped bars per question for the three targets, p50 latency at concurrency 1 on the left
 * (logarithmic, lower is better) and throughput at concurrency 16 on the right (higher is better).
 */
final class ResultsChart {

	private static final List<String> TARGETS = List.of(QuestionResult.MAJLIS, QuestionResult.CYPHER, QuestionResult.NEO4J_GRAPHQL);
	private static final List<String> LEGEND = List.of("Majlis GraphQL", "Cypher (Java driver)", "@neo4j/graphql 7");
	private static final List<Color> COLOURS = List.of(new Color(0x1b7f5b), new Color(0x4a6fa5), new Color(0xd08c2f));
	private static final int PANEL_WIDTH = 620;
	private static final int HEIGHT = 440;
	private static final int TOP = 60;
	private static final int BOTTOM = 90;
	private static final int LEFT = 60;

	private ResultsChart() {
	}

	static void write(String title, List<QuestionResult> results, Path png) throws IOException {
		System.setProperty("java.awt.headless", "true");
		BufferedImage image = new BufferedImage(2 * PANEL_WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		g.drawString(title, LEFT, 24);
		legend(g);
		panel(g, 0, "p50 latency, 1 client (ms, log scale; lower is better)", results, f -> f.c1().p50Ms(), true);
		panel(g, PANEL_WIDTH, "throughput, 16 clients (requests/s; higher is better)", results, f -> f.c16().requestsPerSecond(), false);
		g.dispose();
		ImageIO.write(image, "png", png.toFile());
	}

	private static void legend(Graphics2D g) {
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		int x = 2 * PANEL_WIDTH - 520;
		for (int i = 0; i < TARGETS.size(); i++) {
			g.setColor(COLOURS.get(i));
			g.fillRect(x, 14, 12, 12);
			g.setColor(Color.DARK_GRAY);
			g.drawString(LEGEND.get(i), x + 16, 25);
			x += 170;
		}
	}

	private static void panel(Graphics2D g, int x0, String caption, List<QuestionResult> results, ToDoubleFunction<TargetFigures> value,
			boolean log) {
		int width = PANEL_WIDTH - LEFT - 20;
		int height = HEIGHT - TOP - BOTTOM;
		double max = results.stream().flatMap(r -> r.targets().values().stream()).mapToDouble(value).max().orElse(1);
		double top = log ? Math.pow(10, Math.ceil(Math.log10(Math.max(max, 1)))) : niceCeiling(max);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		g.setColor(Color.DARK_GRAY);
		g.drawString(caption, x0 + LEFT, TOP - 12);
		g.setStroke(new BasicStroke(1));
		for (int tick = 0; tick <= 4; tick++) {
			double tickValue = log ? Math.pow(10, -1 + (Math.log10(top) + 1) * tick / 4.0) : top * tick / 4;
			int y = TOP + height - (int) (height * fraction(tickValue, top, log));
			g.setColor(new Color(0xdddddd));
			g.drawLine(x0 + LEFT, y, x0 + LEFT + width, y);
			g.setColor(Color.GRAY);
			g.drawString(String.format(Locale.ROOT, tickValue >= 10 ? "%.0f" : "%.1f", tickValue), x0 + 8, y + 4);
		}
		int group = width / Math.max(1, results.size());
		int bar = Math.max(4, (group - 14) / TARGETS.size());
		for (int q = 0; q < results.size(); q++) {
			int gx = x0 + LEFT + q * group + 7;
			for (int t = 0; t < TARGETS.size(); t++) {
				TargetFigures figures = results.get(q).targets().get(TARGETS.get(t));
				if (figures == null) {
					continue;
				}
				int h = (int) (height * fraction(value.applyAsDouble(figures), top, log));
				g.setColor(COLOURS.get(t));
				g.fillRect(gx + t * bar, TOP + height - h, bar - 2, h);
			}
			g.setColor(Color.DARK_GRAY);
			String name = results.get(q).question().name();
			g.drawString(name, gx, TOP + height + 16 + (q % 2) * 14);
		}
	}

	/** Where a value sits between the floor (0, or 0.1 ms on the log scale) and the top. */
	private static double fraction(double value, double top, boolean log) {
		if (log) {
			double floor = -1;
			return Math.max(0, Math.min(1, (Math.log10(Math.max(value, 0.1)) - floor) / (Math.log10(top) - floor)));
		}
		return top <= 0 ? 0 : Math.min(1, value / top);
	}

	private static double niceCeiling(double max) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(max, 1))));
		for (double step : new double[] { 1, 2, 5, 10 }) {
			if (step * magnitude >= max) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}
}
