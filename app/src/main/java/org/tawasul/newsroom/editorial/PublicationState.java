package org.tawasul.newsroom.editorial;

/**
 * Where a publication is in the editorial workflow: draft → submitted → approved → scheduled/published →
 * withdrawn. A correction keeps a publication published (with a dated note); a published one with corrections is
 * shown as "corrected".
 */
public enum PublicationState {
	DRAFT, SUBMITTED, APPROVED, SCHEDULED, PUBLISHED, WITHDRAWN;

	/** Whether the public site shows the publication's page (a withdrawn one shows a withdrawal notice). */
	public boolean hasPublicPage() {
		return this == PUBLISHED || this == WITHDRAWN;
	}
}
