package org.tawasul.text;

/**
 * A claim ranked for a post.
 *
 * @param claimId the claim's id
 * @param score calibrated probability, in [0, 1], that the post repeats this claim
 * @param verdict what to do with it under the index's {@link MatchThresholds}
 * @param rank 1-based position in the ranking
 */
public record ClaimMatch(String claimId, double score, Verdict verdict, int rank) {}
