package org.tawasul.text.rank;

/**
 * The features the lexical re-ranker weighs for one (post, claim) pair, most in [0, 1]. Coverage features are
 * idf-weighted: the share of the post's (q_) or of the claim's (c_) word mass found on the other side.
 */
public final class LexicalFeatures {

  /** Names, in vector order. */
  public static final String[] NAMES = {
      "bm25_rel", "bm25_log", "bm25_rr", "q_cov_title", "q_cov_text", "c_cov_title", "c_cov_text", "q_root_cov",
      "c_root_cov_text", "bigram_cov_text", "gram_contain_text", "gram_contain_title", "gram_jaccard_text",
      "numbers", "rare_shared"};

  /** Vector length. */
  public static final int SIZE = NAMES.length;

  private LexicalFeatures() {}

  /**
   * Fills {@code out} with the features of {@code claim} for {@code post}.
   *
   * @param bm25 the claim's retrieval score, {@code maxBm25} the best in this list, {@code rank} its 0-based rank
   */
  public static void compute(TextProfile post, ClaimProfile claim, DocumentFrequencies df, double bm25,
      double maxBm25, int rank, double[] out) {
    out[0] = maxBm25 > 0 ? bm25 / maxBm25 : 0;
    out[1] = Math.log1p(bm25);
    out[2] = 1.0 / (1 + rank);
    double postMass = mass(post.terms, df);
    double postRootMass = mass(post.roots, df);
    TextProfile title = claim.title();
    TextProfile text = claim.text();
    double sharedTitle = sharedMass(post.terms, title.terms, df);
    double sharedText = sharedMass(post.terms, text.terms, df);
    out[3] = ratio(sharedTitle, postMass);
    out[4] = ratio(sharedText, postMass);
    ClaimProfile.Masses masses = claim.masses(df);
    out[5] = ratio(sharedTitle, masses.title());
    out[6] = ratio(sharedText, masses.text());
    double sharedRoots = sharedMass(post.roots, text.roots, df);
    out[7] = ratio(Math.max(sharedRoots, sharedMass(post.roots, title.roots, df)), postRootMass);
    out[8] = ratio(sharedRoots, masses.textRoots());
    out[9] = text.bigrams.length > 0 ? TextProfile.intersect(post.bigrams, text.bigrams) / (double) text.bigrams.length : 0;
    int g = TextProfile.intersect(post.grams, text.grams);
    out[10] = text.grams.length > 0 ? g / (double) text.grams.length : 0;
    out[11] = title.grams.length > 0 ? TextProfile.intersect(post.grams, title.grams) / (double) title.grams.length : 0;
    int union = post.grams.length + text.grams.length - g;
    out[12] = union > 0 ? g / (double) union : 0;
    if (post.numbers.length > 0 && (text.numbers.length > 0 || title.numbers.length > 0)) {
      out[13] = TextProfile.intersect(post.numbers, text.numbers) + TextProfile.intersect(post.numbers, title.numbers)
          > 0 ? 1 : -1;
    } else {
      out[13] = 0;
    }
    double maxPost = 0;
    double maxShared = 0;
    for (long t : post.terms) {
      double w = df.idf(t);
      maxPost = Math.max(maxPost, w);
      if (contains(text.terms, t) || contains(title.terms, t)) {
        maxShared = Math.max(maxShared, w);
      }
    }
    out[14] = ratio(maxShared, maxPost);
  }

  private static double ratio(double a, double b) {
    return b > 0 ? a / b : 0;
  }

  private static boolean contains(long[] sorted, long t) {
    return java.util.Arrays.binarySearch(sorted, t) >= 0;
  }

  static double mass(long[] terms, DocumentFrequencies df) {
    double s = 0;
    for (long t : terms) {
      s += df.idf(t);
    }
    return s;
  }

  private static double sharedMass(long[] a, long[] b, DocumentFrequencies df) {
    int i = 0;
    int j = 0;
    double s = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        s += df.idf(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }
}
