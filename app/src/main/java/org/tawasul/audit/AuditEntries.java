package org.tawasul.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reading the audit trail back, newest first. Reading it is itself a staff action: callers record it.
 */
public interface AuditEntries {

	/**
	 * Entries matching every given filter, newest first.
	 *
	 * @param actor exact username, or {@code null} for any
	 * @param actionPrefix start of the action, e.g. {@code staff.sign-in}, or {@code null} for any
	 * @param subject exact subject, e.g. {@code staff:demo.triage}, or {@code null} for any
	 * @param limit at most this many (capped at 500)
	 */
	List<AuditEntry> recent(@Nullable String actor, @Nullable String actionPrefix, @Nullable String subject,
			int limit);
}
