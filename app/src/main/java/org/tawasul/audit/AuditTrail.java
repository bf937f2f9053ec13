package org.tawasul.audit;

import java.util.Map;

/**
 * The audit trail every module writes to: one entry per staff action and per view of personal data. Entries are
 * append-only and hash-chained (each carries the SHA-256 of the previous one), so an edited or deleted entry is
 * detected by {@link #verify()}. Recording joins the caller's transaction: an action and its audit entry commit
 * together or not at all. Appends are serialised: a transaction that recorded holds the trail's head until it ends,
 * so never record from a {@code REQUIRES_NEW} transaction nested in one that already recorded (it would wait for
 * its parent). Conventions for actors, actions and subjects: {@code docs/audit.md}.
 */
public interface AuditTrail {

	/**
	 * Records that {@code actor} did {@code action} on {@code subject}.
	 *
	 * @param actor the staff member's username, or {@code system} for the platform's own actions
	 * @param action a stable dotted verb, e.g. {@code report.escalate}, {@code report.view-contact}
	 * @param subject what was acted on, e.g. {@code report:4f1c…}
	 * @param details facts worth keeping (never secrets); may be empty
	 */
	void record(String actor, String action, String subject, Map<String, String> details);

	/** Re-computes the whole chain and says where, if anywhere, it breaks. */
	AuditVerification verify();
}
