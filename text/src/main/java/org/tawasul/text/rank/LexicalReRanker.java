package org.tawasul.text.rank;

import java.util.List;
import java.util.function.Function;
import org.tawasul.text.ClaimCandidate;

/**
 * The built-in re-ranker: {@link LexicalFeatures} of each candidate, to be weighed by a {@link LexicalModel}. Not a
 * {@link org.tawasul.text.ReRanker}: the index keeps the features of the best candidate for the calibration, so it
 * scores them itself. Needs no model download. Thread-safe as long as the profile lookup is.
 */
public final class LexicalReRanker {

  private final Function<String, ClaimProfile> profiles;
  private final DocumentFrequencies df;
  private final LexicalModel model;

  /**
   * @param profiles claim id → its profile (null when unknown)
   * @param df claim term statistics
   * @param model feature weights
   */
  public LexicalReRanker(Function<String, ClaimProfile> profiles, DocumentFrequencies df, LexicalModel model) {
    this.profiles = profiles;
    this.df = df;
    this.model = model;
  }

  /** The model whose weights score and calibrate. */
  public LexicalModel model() {
    return model;
  }

  /** The feature vectors of the candidates, in order. */
  public double[][] features(String post, List<ClaimCandidate> candidates) {
    LexicalFeatures.Post query = new LexicalFeatures.Post(TextProfile.of(post, true), df);
    double max = 0;
    for (ClaimCandidate c : candidates) {
      max = Math.max(max, c.retrievalScore());
    }
    double[][] out = new double[candidates.size()][LexicalFeatures.SIZE];
    for (int i = 0; i < out.length; i++) {
      ClaimCandidate c = candidates.get(i);
      ClaimProfile claim = profiles.apply(c.claim().id());
      if (claim == null) {
        claim = ClaimProfile.of(c.claim());
      }
      LexicalFeatures.compute(query, claim, df, c.retrievalScore(), max, c.retrievalRank(), out[i]);
    }
    return out;
  }
}
