package org.tawasul.reporting.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tawasul.platform.TimeConfiguration;

/** Dates and times on reporting pages: in the service's zone and the visitor's language ({@code @reportingTimes}). */
@Component("reportingTimes")
public class ReportingTimes {

	public String format(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(TimeConfiguration.SERVICE_ZONE)
			.format(instant);
	}
}
