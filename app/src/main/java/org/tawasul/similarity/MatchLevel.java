package org.tawasul.similarity;

/** How sure the claim matcher is that a text repeats a published truth statement's claim. */
public enum MatchLevel {
	/** Above the confirm threshold: answered automatically. */
	CONFIRM,
	/** Between the suggest and confirm thresholds: shown to staff, who confirm or dismiss. */
	SUGGEST,
	/** Below the suggest threshold. */
	NONE
}
