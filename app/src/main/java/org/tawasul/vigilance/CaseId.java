package org.tawasul.vigilance;

import java.util.UUID;

/** Identifies a vigilance case; other modules link to cases by this id only. */
public record CaseId(UUID value) {

	public static CaseId generate() {
		return new CaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
