package org.tawasul.similarity;

import java.util.UUID;

/**
 * A published truth statement that a text may repeat.
 *
 * @param publicationId the statement (a newsroom publication id; similarity does not depend on newsroom)
 * @param score calibrated probability in [0, 1] that the text repeats the statement's claim
 */
public record StatementMatch(UUID publicationId, double score, MatchLevel level) {
}
