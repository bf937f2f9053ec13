package org.tawasul.reporting.internal;

import java.util.Optional;

import org.tawasul.reporting.ReportId;

/**
 * The stored reports. Saving writes the report and what happened to it since it was loaded, in one go, and publishes
 * the events the report registered (in the caller's transaction, so they enter the outbox with the change).
 */
public interface Reports {

	/**
	 * Stores a new report or the changes to a loaded one and publishes its events; refuses if someone changed it
	 * meanwhile.
	 */
	void save(Report report);

	Optional<Report> find(ReportId id);

	Optional<Report> findByTrackingHash(String trackingHash);

	/** By the short number staff use to name reports ({@code #123}). */
	Optional<Report> findByReference(long reference);
}
