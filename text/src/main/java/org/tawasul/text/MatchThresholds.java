package org.tawasul.text;

/**
 * The two score levels of claim matching. Scores are calibrated probabilities that the claim is the one the post
 * repeats, so a threshold reads as "at least this likely".
 *
 * @param suggest lowest score shown to staff as a possible match
 * @param confirm lowest score answered automatically; must be at least {@code suggest}
 */
public record MatchThresholds(double suggest, double confirm) {

  /**
   * Defaults chosen by cross-validation on CheckThat! 2021 Arabic train + dev and on 3,816 Moroccan news posts
   * that repeat no claim (see docs/text-engine.md): at {@code confirm} 97% of the automatic answers were the right
   * claim (for 56% of the posts whose best match was right) and no unrelated post was answered; {@code suggest}
   * still shows 97% of the right best matches to staff, and 7.5% of unrelated posts.
   */
  public static final MatchThresholds DEFAULTS = new MatchThresholds(0.04, 0.80);

  /** Checks that both are in [0, 1] and {@code suggest <= confirm}. */
  public MatchThresholds {
    if (!(suggest >= 0 && suggest <= 1 && confirm >= 0 && confirm <= 1 && suggest <= confirm)) {
      throw new IllegalArgumentException("need 0 <= suggest <= confirm <= 1, got " + suggest + ", " + confirm);
    }
  }

  /** The verdict for a calibrated score. */
  public Verdict verdict(double score) {
    return score >= confirm ? Verdict.CONFIRM : score >= suggest ? Verdict.SUGGEST : Verdict.NONE;
  }
}
