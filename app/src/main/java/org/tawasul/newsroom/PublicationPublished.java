package org.tawasul.newsroom;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A publication went public (or its scheduled time came). Vigilance closes the communication stage of the linked
 * cases; channels deliver it to the official accounts; similarity indexes a truth statement's claim.
 *
 * @param languages the language versions now public (ar, fr, and en when written)
 * @param caseIds the vigilance cases it answers, by id (newsroom does not depend on vigilance; vigilance listens)
 * @param urgent published by a supervisor without prior approval (to be reviewed afterwards)
 */
public record PublicationPublished(PublicationId publicationId, PublicationType type, List<String> languages,
		List<UUID> caseIds, boolean urgent, Instant publishedAt) {
}
