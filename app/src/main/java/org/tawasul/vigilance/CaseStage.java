package org.tawasul.vigilance;

/**
 * Where a case stands, in the order the service works it. {@link #DISMISSED} ends a case that needs no answer; every
 * other case ends {@link #CLOSED} after its public communication.
 */
public enum CaseStage {

	/** Opened from an alert, reports or by hand; the clock runs from the first detection. */
	DETECTED,
	/** الخبرة التقنية: the content examined, evidence captured and hashed. */
	EXPERTISE,
	/** التدخل الأمني: a regional unit acted in the field. */
	INTERVENTION,
	/** البحث القضائي: the prosecutor opened an investigation; we keep its reference only. */
	JUDICIAL,
	/** The public was answered (a publication, or a statement elsewhere given by link); the clock stops. */
	COMMUNICATION,
	CLOSED,
	DISMISSED;

	public boolean terminal() {
		return this == CLOSED || this == DISMISSED;
	}

	public String messageKey() {
		return "vigilance.stage." + name();
	}
}
