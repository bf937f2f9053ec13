package org.tawasul.channels.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Followers per network and in total over time, as a table of rows and as a server-side SVG line chart (no
 * script, styled by classes from the site's stylesheet, with {@code <title>} and {@code <desc>} for screen readers;
 * the table beside it carries the same figures).
 */
final class AudienceChart {

	static final List<String> SERIES = List.of("X", "FACEBOOK", "INSTAGRAM", "ALL");

	/** One date's figures; null where nothing was recorded; {@code published} when any figure is a published one. */
	record Row(LocalDate date, @Nullable Long x, @Nullable Long facebook, @Nullable Long instagram,
			@Nullable Long total, boolean published) {

		@Nullable Long value(String series) {
			return switch (series) {
				case "X" -> x;
				case "FACEBOOK" -> facebook;
				case "INSTAGRAM" -> instagram;
				default -> total;
			};
		}
	}

	private static final int WIDTH = 760;

	private static final int HEIGHT = 380;

	private static final int LEFT = 90;

	private static final int RIGHT = 20;

	private static final int TOP = 20;

	private static final int BOTTOM = 40;

	private AudienceChart() {
	}

	/** Rows by date: an API snapshot wins over a published figure of the same day; a missing total is the sum. */
	static List<Row> rows(List<Audience.Point> points) {
		Map<LocalDate, Map<String, Audience.Point>> byDate = new TreeMap<>();
		for (Audience.Point p : points) {
			Map<String, Audience.Point> day = byDate.computeIfAbsent(p.takenOn(), d -> new LinkedHashMap<>());
			Audience.Point existing = day.get(p.network());
			if (existing == null || p.source() == Audience.Source.API) {
				day.put(p.network(), p);
			}
		}
		List<Row> rows = new ArrayList<>();
		byDate.forEach((date, day) -> {
			Long x = followers(day, "X");
			Long facebook = followers(day, "FACEBOOK");
			Long instagram = followers(day, "INSTAGRAM");
			Long total = followers(day, "ALL");
			if (total == null && x != null && facebook != null && instagram != null) {
				total = x + facebook + instagram;
			}
			boolean published = day.values().stream().anyMatch(p -> p.source() == Audience.Source.PUBLISHED);
			rows.add(new Row(date, x, facebook, instagram, total, published));
		});
		return rows;
	}

	private static @Nullable Long followers(Map<String, Audience.Point> day, String network) {
		Audience.Point p = day.get(network);
		return p == null ? null : p.followers();
	}

	static String svg(List<Row> rows, String title, String description, Map<String, String> labels) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
			.append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">");
		svg.append("<title id=\"chart-title\">").append(HtmlUtils.htmlEscape(title)).append("</title>");
		svg.append("<desc id=\"chart-desc\">").append(HtmlUtils.htmlEscape(description)).append("</desc>");
		if (rows.isEmpty()) {
			return svg.append("</svg>").toString();
		}
		long min = rows.get(0).date().toEpochDay();
		long max = rows.get(rows.size() - 1).date().toEpochDay();
		long span = Math.max(1, max - min);
		long top = 0;
		for (Row r : rows) {
			for (String s : SERIES) {
				Long v = r.value(s);
				if (v != null) {
					top = Math.max(top, v);
				}
			}
		}
		long scale = niceCeiling(Math.max(top, 1));
		double plotW = WIDTH - LEFT - RIGHT;
		double plotH = HEIGHT - TOP - BOTTOM;
		svg.append("<g class=\"axis\">");
		for (int i = 0; i <= 4; i++) {
			double y = TOP + plotH - plotH * i / 4;
			long value = scale * i / 4;
			svg.append(String.format(java.util.Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,d</text>",
					LEFT, y, WIDTH - RIGHT, y, LEFT - 8, y + 4, value));
		}
		int lastYear = -1;
		for (Row r : rows) {
			if (r.date().getYear() != lastYear) {
				lastYear = r.date().getYear();
				double x = LEFT + plotW * (r.date().toEpochDay() - min) / span;
				svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
						x, HEIGHT - 12, lastYear));
			}
		}
		svg.append("</g>");
		for (String series : SERIES) {
			StringBuilder pointsAttr = new StringBuilder();
			StringBuilder dots = new StringBuilder();
			for (Row r : rows) {
				Long v = r.value(series);
				if (v == null) {
					continue;
				}
				double x = LEFT + plotW * (r.date().toEpochDay() - min) / span;
				double y = TOP + plotH - plotH * v / scale;
				pointsAttr.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
				dots.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>%s %s: %,d</title></circle>",
						x, y, HtmlUtils.htmlEscape(labels.getOrDefault(series, series)), r.date(), v));
			}
			if (pointsAttr.isEmpty()) {
				continue;
			}
			svg.append("<g class=\"series series-").append(series.toLowerCase(java.util.Locale.ROOT)).append("\">")
				.append("<polyline points=\"").append(pointsAttr.toString().strip()).append("\"/>")
				.append(dots)
				.append("</g>");
		}
		return svg.append("</svg>").toString();
	}

	static long niceCeiling(long value) {
		long magnitude = 1;
		while (magnitude * 10 <= value) {
			magnitude *= 10;
		}
		for (long step : new long[] { 1, 2, 5, 10 }) {
			if (step * magnitude >= value) {
				return step * magnitude;
			}
		}
		return 10 * magnitude;
	}

	static String csv(List<Row> rows) {
		StringBuilder out = new StringBuilder("date,x,facebook,instagram,total,published_figure\n");
		for (Row r : rows) {
			out.append(r.date()).append(',').append(cell(r.x())).append(',').append(cell(r.facebook())).append(',')
				.append(cell(r.instagram())).append(',').append(cell(r.total())).append(',').append(r.published())
				.append('\n');
		}
		return out.toString();
	}

	private static String cell(@Nullable Long value) {
		return value == null ? "" : value.toString();
	}
}
