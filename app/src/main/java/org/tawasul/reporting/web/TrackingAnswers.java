package org.tawasul.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tawasul.reporting.ReportAnswers;
import org.tawasul.reporting.ReportAnswers.ReportAnswer;
import org.tawasul.reporting.internal.TrackReport.TrackingView;

/**
 * The published answers (truth statements) to a tracked report, from whichever higher modules implement the
 * {@link ReportAnswers} SPI; none when no module does. Answers to the original of a duplicate count too.
 */
@Component
class TrackingAnswers {

	private final List<ReportAnswers> sources;

	TrackingAnswers(List<ReportAnswers> sources) {
		this.sources = List.copyOf(sources);
	}

	List<ReportAnswer> of(TrackingView view, String language) {
		Map<String, ReportAnswer> byPath = new LinkedHashMap<>();
		for (ReportAnswers source : sources) {
			view.reportIds()
				.forEach(id -> source.forReport(id, language).forEach(a -> byPath.putIfAbsent(a.path(), a)));
		}
		return List.copyOf(byPath.values());
	}
}
