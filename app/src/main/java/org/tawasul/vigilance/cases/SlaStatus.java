package org.tawasul.vigilance.cases;

import java.time.Duration;

/** How a case stands against its clock, and the CSS class that shows it (green, amber, red). */
public enum SlaStatus {

	OK("sla-ok"), WARN("sla-warn"), BREACH("sla-breach");

	private final String cssClass;

	SlaStatus(String cssClass) {
		this.cssClass = cssClass;
	}

	public String cssClass() {
		return cssClass;
	}

	public static SlaStatus of(Duration elapsed, VigilanceProperties.Sla sla) {
		if (elapsed.compareTo(sla.breach()) >= 0) {
			return BREACH;
		}
		return elapsed.compareTo(sla.target()) >= 0 ? WARN : OK;
	}

	/** "3 h 07 min" style, language-neutral digits. */
	public static String format(Duration elapsed) {
		long minutes = elapsed.toMinutes();
		return String.format(java.util.Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
	}
}
