package org.tawasul.reporting;

import java.util.UUID;

/** Identifies a citizen report inside the platform (never shown to the reporter; they hold a tracking code). */
public record ReportId(UUID value) {

	public static ReportId generate() {
		return new ReportId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
