package org.tawasul.identity;

import org.springframework.security.core.GrantedAuthority;

/**
 * What a staff member may do. Least privilege: a role grants one job, and a person who does two jobs holds two
 * roles. Privileged roles must sign in with a second factor.
 */
public enum Role implements GrantedAuthority {

	/** Manages staff accounts and the platform's settings. */
	ADMINISTRATOR(true),
	/** Leads a shift or a region: sees everything in scope, receives SLA breaches, may publish urgently. */
	SUPERVISOR(true),
	/** Works the citizen-report inbox: assigns, answers, rejects, escalates. */
	TRIAGE_AGENT(false),
	/** Works digital vigilance: alerts, cases, evidence. */
	ANALYST(false),
	/** Drafts publications. */
	EDITOR(false),
	/** Approves publications written by someone else (four eyes). */
	APPROVER(true),
	/** Reads, changes nothing. */
	VIEWER(false);

	/** Spring Security's authority for this role, e.g. {@code ROLE_TRIAGE_AGENT}. */
	public static final String PREFIX = "ROLE_";

	private final boolean privileged;

	Role(boolean privileged) {
		this.privileged = privileged;
	}

	/** Whether signing in with this role requires a second factor. */
	public boolean privileged() {
		return privileged;
	}

	@Override
	public String getAuthority() {
		return PREFIX + name();
	}
}
