package org.tawasul.reporting.internal;

/** Where a report stands. The reporter sees these, named in their language ({@code status.*} keys). */
public enum ReportStatus {

	/** Stored and acknowledged; nobody has looked at it yet. */
	RECEIVED,
	/** A triage agent is working on it. */
	IN_REVIEW,
	/** Handed to digital vigilance. */
	ESCALATED,
	/** Not followed up, with a reason. */
	REJECTED,
	/** The same content as an earlier report; its reporter follows the original. */
	DUPLICATE;

	/** Whether triage may still act on it. */
	public boolean open() {
		return this == RECEIVED || this == IN_REVIEW;
	}

	public String labelKey() {
		return "status." + name();
	}
}
