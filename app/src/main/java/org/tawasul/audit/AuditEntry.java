package org.tawasul.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded action, as read back from the trail.
 *
 * @param sequence position in the chain, from 1, without gaps
 * @param hash SHA-256 over the entry's fields and {@code previousHash}
 */
public record AuditEntry(long sequence, Instant recordedAt, String actor, String action, String subject,
		Map<String, String> details, String previousHash, String hash) {
}
