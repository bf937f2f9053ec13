package org.tawasul.similarity.claims;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Claim matching thresholds (calibrated probabilities, see the text engine's {@code MatchThresholds}).
 *
 * @param suggest lowest score shown to triage agents as a possible match
 * @param confirm lowest score answered automatically (statement shown on the tracking page, reporter told once)
 * @param candidates BM25 candidates the re-ranker sees per query
 * @param cachedAnswers answers kept in memory by normalised text (0: none); emptied whenever the index changes
 * @param concurrentSearches index searches running at once, the others wait their turn in arrival order (0: one per
 *     processor); cached answers never wait
 * @param background a folder of {@code .txt} files, one text each (the service's own news and press releases), counted
 *     as the claim index's background words while fewer than 3,500 statements are indexed; unset: the Moroccan news
 *     counts shipped with the text engine (Arabic only)
 */
@ConfigurationProperties("tawasul.similarity.claims")
record ClaimMatchingProperties(@DefaultValue("0.04") double suggest, @DefaultValue("0.80") double confirm,
		@DefaultValue("50") int candidates, @DefaultValue("4096") int cachedAnswers,
		@DefaultValue("0") int concurrentSearches, @Nullable Path background) {
}
