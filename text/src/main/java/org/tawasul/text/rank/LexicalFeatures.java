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
   * A post's profile with the idf of each of its terms and skeletons, looked up once for all its candidates.
   * Immutable.
   */
  public static final class Post {
    final TextProfile profile;
    final double[] termIdf;
    final double[] rootIdf;
    final double mass;
    final double rootMass;
    final double maxIdf;

    /** Looks up the idf of the post's terms and skeletons. */
    public Post(TextProfile profile, DocumentFrequencies df) {
      this.profile = profile;
      this.termIdf = idf(profile.terms, df);
      this.rootIdf = idf(profile.roots, df);
      this.mass = sum(termIdf);
      this.rootMass = sum(rootIdf);
      double max = 0;
      for (double w : termIdf) {
        max = Math.max(max, w);
      }
      this.maxIdf = max;
    }

    private static double[] idf(long[] terms, DocumentFrequencies df) {
      double[] out = new double[terms.length];
      for (int i = 0; i < terms.length; i++) {
        out[i] = df.idf(terms[i]);
      }
      return out;
    }

    private static double sum(double[] values) {
      double s = 0;
      for (double v : values) {
        s += v;
      }
      return s;
    }
  }

  /**
   * Fills {@code out} with the features of {@code claim} for {@code post}.
   *
   * @param bm25 the claim's retrieval score, {@code maxBm25} the best in this list, {@code rank} its 0-based rank
   */
  public static void compute(Post post, ClaimProfile claim, DocumentFrequencies df, double bm25, double maxBm25,
      int rank, double[] out) {
    TextProfile query = post.profile;
    out[0] = maxBm25 > 0 ? bm25 / maxBm25 : 0;
    out[1] = Math.log1p(bm25);
    out[2] = 1.0 / (1 + rank);
    TextProfile title = claim.title();
    TextProfile text = claim.text();
    double sharedTitle = sharedMass(query.terms, post.termIdf, title.terms);
    double sharedText = sharedMass(query.terms, post.termIdf, text.terms);
    out[3] = ratio(sharedTitle, post.mass);
    out[4] = ratio(sharedText, post.mass);
    ClaimProfile.Masses masses = claim.masses(df);
    out[5] = ratio(sharedTitle, masses.title());
    out[6] = ratio(sharedText, masses.text());
    double sharedRoots = sharedMass(query.roots, post.rootIdf, text.roots);
    out[7] = ratio(Math.max(sharedRoots, sharedMass(query.roots, post.rootIdf, title.roots)), post.rootMass);
    out[8] = ratio(sharedRoots, masses.textRoots());
    out[9] = text.bigrams.length > 0
        ? TextProfile.intersect(query.bigrams, text.bigrams) / (double) text.bigrams.length : 0;
    int g = TextProfile.intersect(query.grams, text.grams);
    out[10] = text.grams.length > 0 ? g / (double) text.grams.length : 0;
    out[11] = title.grams.length > 0
        ? TextProfile.intersect(query.grams, title.grams) / (double) title.grams.length : 0;
    int union = query.grams.length + text.grams.length - g;
    out[12] = union > 0 ? g / (double) union : 0;
    if (query.numbers.length > 0 && (text.numbers.length > 0 || title.numbers.length > 0)) {
      out[13] = TextProfile.intersect(query.numbers, text.numbers) + TextProfile.intersect(query.numbers, title.numbers)
          > 0 ? 1 : -1;
    } else {
      out[13] = 0;
    }
    double maxShared = 0;
    long[] terms = query.terms;
    for (int i = 0; i < terms.length; i++) {
      if (post.termIdf[i] > maxShared && (contains(text.terms, terms[i]) || contains(title.terms, terms[i]))) {
        maxShared = post.termIdf[i];
      }
    }
    out[14] = ratio(maxShared, post.maxIdf);
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

  /** Idf mass of the terms of {@code a} (with their idf {@code aIdf}) also in {@code b}; both sorted. */
  private static double sharedMass(long[] a, double[] aIdf, long[] b) {
    int i = 0;
    int j = 0;
    double s = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        s += aIdf[i];
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
