package org.tawasul.newsroom;

import java.time.Instant;

/**
 * A published publication was corrected: its page now shows the corrected text and a dated correction note; the
 * earlier version is kept in its revision history.
 *
 * @param revisionBefore the revision number of the version the correction replaced
 */
public record PublicationCorrected(PublicationId publicationId, PublicationType type, String note, int revisionBefore,
		Instant correctedAt) {
}
