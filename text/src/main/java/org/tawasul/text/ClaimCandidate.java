package org.tawasul.text;

/**
 * A claim retrieved for a post, handed to {@link ReRanker}s.
 *
 * @param claim the claim
 * @param retrievalScore its BM25 score for the post (0 when it only came from a given candidate list)
 * @param retrievalRank its 0-based BM25 rank among the candidates
 */
public record ClaimCandidate(Claim claim, double retrievalScore, int retrievalRank) {}
