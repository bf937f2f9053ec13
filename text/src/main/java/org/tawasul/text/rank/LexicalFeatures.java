package org.tawasul.text.rank;

/**
 * The features the lexical re-ranker weighs for one (post, claim) pair. All lie roughly in [0, 1] except the
 * log BM25 score, so learned weights are comparable.
 */
public final class LexicalFeatures {

  /** Names, in vector order (index 0 is the intercept). */
  public static final String[] NAMES = {
      "bias", "bm25_rel", "bm25_log", "bm25_rr", "q_cov_idf", "c_cov_idf", "bigram_cov", "gram_contain",
      "gram_jaccard", "numbers", "rare_shared", "top_margin"};

  /** Vector length. */
  public static final int SIZE = NAMES.length;

  private LexicalFeatures() {}

  /**
   * Fills {@code out} with the features of {@code claim} for {@code post}.
   *
   * @param bm25 the claim's retrieval score, {@code maxBm25} the best in this list, {@code rank} its 0-based rank
   * @param margin relative gap between the best and second-best retrieval score (only given to rank 0)
   */
  public static void compute(TextProfile post, TextProfile claim, DocumentFrequencies df, double bm25,
      double maxBm25, int rank, double margin, double[] out) {
    out[0] = 1.0;
    out[1] = maxBm25 > 0 ? bm25 / maxBm25 : 0;
    out[2] = Math.log1p(bm25);
    out[3] = 1.0 / (1 + rank);
    double shared = 0;
    double maxShared = 0;
    double postTotal = 0;
    double maxPost = 0;
    long[] a = post.terms;
    long[] b = claim.terms;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        double w = df.idf(a[i]);
        shared += w;
        maxShared = Math.max(maxShared, w);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    for (long t : a) {
      double w = df.idf(t);
      postTotal += w;
      maxPost = Math.max(maxPost, w);
    }
    double claimTotal = 0;
    for (long t : b) {
      claimTotal += df.idf(t);
    }
    out[4] = postTotal > 0 ? shared / postTotal : 0;
    out[5] = claimTotal > 0 ? shared / claimTotal : 0;
    out[6] = claim.bigrams.length > 0 ? TextProfile.intersect(post.bigrams, claim.bigrams) / (double) claim.bigrams.length : 0;
    int g = TextProfile.intersect(post.grams, claim.grams);
    out[7] = claim.grams.length > 0 ? g / (double) claim.grams.length : 0;
    int union = post.grams.length + claim.grams.length - g;
    out[8] = union > 0 ? g / (double) union : 0;
    if (post.numbers.length > 0 && claim.numbers.length > 0) {
      out[9] = TextProfile.intersect(post.numbers, claim.numbers) > 0 ? 1 : -1;
    } else {
      out[9] = 0;
    }
    out[10] = maxPost > 0 ? maxShared / maxPost : 0;
    out[11] = rank == 0 ? margin : 0;
  }
}
