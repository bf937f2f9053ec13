package org.tawasul.similarity.claims;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Claim matching thresholds (calibrated probabilities, see the text engine's {@code MatchThresholds}).
 *
 * @param suggest lowest score shown to triage agents as a possible match
 * @param confirm lowest score answered automatically (statement shown on the tracking page, reporter told once)
 * @param candidates BM25 candidates the re-ranker sees per query
 */
@ConfigurationProperties("tawasul.similarity.claims")
record ClaimMatchingProperties(@DefaultValue("0.15") double suggest, @DefaultValue("0.70") double confirm,
		@DefaultValue("50") int candidates) {
}
