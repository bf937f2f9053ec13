package org.tawasul.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of re-computing the audit chain.
 *
 * @param entries how many entries were checked
 * @param intact whether every entry's hash and link to its predecessor hold
 * @param firstBrokenSequence the first entry whose hash or link does not hold (an edit there, or a deletion just
 *     before it), {@code null} when intact
 * @param problem what is wrong with that entry, {@code null} when intact
 */
public record AuditVerification(long entries, boolean intact, @Nullable Long firstBrokenSequence,
		@Nullable String problem) {

	public static AuditVerification intact(long entries) {
		return new AuditVerification(entries, true, null, null);
	}
}
