package org.tawasul.newsroom;

import java.time.Instant;

/**
 * A publication was withdrawn: its page stays and says it was withdrawn and why; it leaves the lists, feeds, search
 * and the claim index.
 */
public record PublicationWithdrawn(PublicationId publicationId, PublicationType type, String reason,
		Instant withdrawnAt) {
}
