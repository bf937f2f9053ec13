package org.tawasul.vigilance.monitoring;

/** Where a monitored item came from. */
public enum ItemSource {
	/** A citizen report escalated by triage ({@code ReportEscalated}). */
	REPORT,
	/** Entered by an analyst: a link and what it shows. */
	ANALYST,
	/** An entry of a followed RSS/Atom feed. */
	FEED,
	/** Sent by an external collector through {@code POST /api/v1/monitoring/items}. */
	COLLECTOR
}
