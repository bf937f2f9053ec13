package org.tawasul.text.rank;

import java.util.List;
import java.util.function.Function;
import org.tawasul.text.ClaimCandidate;
import org.tawasul.text.ReRanker;

/**
 * The built-in re-ranker: {@link LexicalFeatures} of each candidate weighed by a {@link LogisticModel}. Needs no
 * model download. Thread-safe as long as the profile lookup is.
 */
public final class LexicalReRanker implements ReRanker {

  private final Function<String, TextProfile> profiles;
  private final DocumentFrequencies df;
  private final LogisticModel model;

  /**
   * @param profiles claim id → its profile (null when unknown)
   * @param df claim term statistics
   * @param model feature weights
   */
  public LexicalReRanker(Function<String, TextProfile> profiles, DocumentFrequencies df, LogisticModel model) {
    this.profiles = profiles;
    this.df = df;
    this.model = model;
  }

  @Override
  public void score(String post, List<ClaimCandidate> candidates, double[] logits) {
    double[][] x = features(post, candidates);
    for (int i = 0; i < x.length; i++) {
      logits[i] += model.logit(x[i]);
    }
  }

  /** The feature vectors of the candidates, in order. */
  public double[][] features(String post, List<ClaimCandidate> candidates) {
    TextProfile query = TextProfile.of(post, true);
    double max = 0;
    double second = 0;
    for (ClaimCandidate c : candidates) {
      double s = c.retrievalScore();
      if (s > max) {
        second = max;
        max = s;
      } else if (s > second) {
        second = s;
      }
    }
    double margin = max > 0 ? (max - second) / max : 0;
    double[][] out = new double[candidates.size()][LexicalFeatures.SIZE];
    for (int i = 0; i < out.length; i++) {
      ClaimCandidate c = candidates.get(i);
      TextProfile claim = profiles.apply(c.claim().id());
      if (claim == null) {
        claim = TextProfile.of(c.claim().title() + "\n" + c.claim().text(), false);
      }
      LexicalFeatures.compute(query, claim, df, c.retrievalScore(), max, c.retrievalRank(),
          c.retrievalScore() == max ? margin : 0, out[i]);
    }
    return out;
  }
}
