package org.tawasul.reporting;

/**
 * What a citizen reports, as E-Blagh names it. The order of {@link #severity()} puts child sexual exploitation and
 * terrorism on top of every inbox.
 */
public enum ReportCategory {

	CHILD_SEXUAL_EXPLOITATION(100),
	TERRORISM(100),
	THREATS(80),
	SEXTORTION(80),
	INCITEMENT(70),
	VIOLENT_CONTENT(70),
	FRAUD(50),
	ILLICIT_TRADE(50),
	RUMOUR(40),
	OTHER(10);

	private final int severity;

	ReportCategory(int severity) {
		this.severity = severity;
	}

	/** Higher is more urgent; 100 always comes first. */
	public int severity() {
		return severity;
	}

	/** The message-bundle key of its name, e.g. {@code category.CHILD_SEXUAL_EXPLOITATION}. */
	public String messageKey() {
		return "category." + name();
	}
}
