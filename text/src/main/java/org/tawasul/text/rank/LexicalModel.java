package org.tawasul.text.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The lexical re-ranker's model. Ranking: a linear score {@code w·x} over {@link LexicalFeatures}, fitted as a
 * conditional logit (softmax over each post's candidates, the listwise form of logistic regression), plus
 * {@link BoostedTrees} fitted to the same loss on top of it: {@code z = w·x + trees(x)}. Calibration:
 * {@code p = σ(a·z + c·m + d·x₁ + e·t₁ + b)} where {@code m} is the candidate's margin over the best other
 * candidate, {@code x₁} the features of the post's best candidate and {@code t₁} what the trees add to its score
 * (both the same for every candidate of the post), fitted by
 * logistic regression on out-of-fold scores of posts that repeat a claim and of posts that repeat none, so
 * {@code p} reads as the probability that the candidate is a claim the post repeats. The ranking alone cannot
 * tell the two kinds of post apart (it only compares a post's candidates with each other); {@code d·x₁} says how
 * well the best candidate covers the post at all. With {@code a, c >= 0} the probabilities keep the ranking's
 * order. Immutable.
 */
public final class LexicalModel {

  /**
   * Length of a calibration: {@code a, c, b}, one weight {@code d} per feature of the best candidate, then {@code
   * e}, the weight of the trees' part of the best candidate's score.
   */
  public static final int CALIBRATION_SIZE = 4 + LexicalFeatures.SIZE;

  /** L2 penalty of the calibration's weights (not the intercept). */
  private static final double CALIBRATION_L2 = 1.0;

  /** The shipped model's resource, written by {@code tawasul-text tune --out}. */
  public static final String RESOURCE = "lexical-model.tsv";

  /**
   * Fitted by {@code tawasul-text tune} on CheckThat! 2021 Arabic train + dev (223 tweets, BM25 top-50 from the
   * claim pool, L2 = 1, 50 trees), the calibration also on 3,816 Moroccan news posts and headlines that repeat no
   * claim of the pool (MArSum); see docs/text-engine.md for the cross-validation.
   */
  public static final LexicalModel DEFAULT = ModelFile.shipped();

  private final double[] weights;
  private final BoostedTrees trees;
  private final double[] calibration; // a, c, b, d...

  /**
   * A linear model (no trees).
   *
   * @param weights one per {@link LexicalFeatures#NAMES}
   * @param calibration {@code {a, c, b}}: weight of the score, of the margin, and the intercept; optionally
   *     followed by {@code d}, one weight per feature of the post's best candidate, and {@code e} (absent: all 0)
   */
  public LexicalModel(double[] weights, double[] calibration) {
    this(weights, BoostedTrees.NONE, calibration);
  }

  /**
   * @param weights one per {@link LexicalFeatures#NAMES}
   * @param trees added to the linear score
   * @param calibration as for {@link #LexicalModel(double[], double[])}
   */
  public LexicalModel(double[] weights, BoostedTrees trees, double[] calibration) {
    if (weights.length != LexicalFeatures.SIZE
        || (calibration.length != 3 && calibration.length != CALIBRATION_SIZE)) {
      throw new IllegalArgumentException("need " + LexicalFeatures.SIZE + " weights and 3 or " + CALIBRATION_SIZE
          + " calibration terms");
    }
    this.weights = weights.clone();
    this.trees = Objects.requireNonNull(trees);
    this.calibration = Arrays.copyOf(calibration, CALIBRATION_SIZE);
    this.calibration[0] = Math.max(0, calibration[0]);
    this.calibration[1] = Math.max(0, calibration[1]);
  }

  /** The same ranking with another calibration. */
  public LexicalModel withCalibration(double[] value) {
    return new LexicalModel(weights, trees, value);
  }

  /** The ranking score of one feature vector. */
  public double score(double[] x) {
    double z = trees.score(x);
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return z;
  }

  /** The ranking scores of a post's candidates, from their feature vectors. */
  public double[] scores(double[][] features) {
    double[] z = new double[features.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = score(features[i]);
    }
    return z;
  }

  /**
   * Calibrated probabilities for the ranking scores of one post's candidates.
   *
   * @param z the candidates' ranking scores
   * @param features the candidates' feature vectors, in the same order (only the best-scored one's is read)
   */
  public double[] probabilities(double[] z, double[][] features) {
    double[] p = new double[z.length];
    if (z.length == 0) {
      return p;
    }
    double[] margins = margins(z);
    double[] best = features[argMax(z)];
    double post = postTerm(calibration, best, trees.score(best)); // t₁ = treePart(z, features), one argMax
    for (int i = 0; i < z.length; i++) {
      p[i] = sigmoid(calibration[0] * z[i] + calibration[1] * margins[i] + post);
    }
    return p;
  }

  /** What the trees add to the score of the best-scored candidate ({@code t₁}; 0 when there is none). */
  public double treePart(double[] z, double[][] features) {
    int best = argMax(z);
    return best < 0 ? 0 : trees.score(features[best]);
  }

  /**
   * The calibrated probability of a post's best-scored candidate under a calibration, when the scores came from
   * another model (e.g. one fitted without the post's fold): {@code treePart} is what that model's trees added to
   * the best candidate's score. 0 when there is no candidate.
   */
  public static double topProbability(double[] calibration, double[] z, double[][] features, double treePart) {
    int best = argMax(z);
    if (best < 0) {
      return 0;
    }
    return sigmoid(calibration[0] * z[best] + calibration[1] * margins(z)[best]
        + postTerm(calibration, features[best], treePart));
  }

  /** The terms that are the same for all of a post's candidates: intercept, best candidate, its tree part. */
  private static double postTerm(double[] calibration, double[] best, double treePart) {
    double s = calibration[2] + calibration[CALIBRATION_SIZE - 1] * treePart;
    for (int k = 0; k < LexicalFeatures.SIZE; k++) {
      s += calibration[3 + k] * best[k];
    }
    return s;
  }

  /** The index of the highest score (the first of equals); -1 for none. */
  public static int argMax(double[] z) {
    int best = -1;
    for (int i = 0; i < z.length; i++) {
      if (best < 0 || z[i] > z[best]) {
        best = i;
      }
    }
    return best;
  }

  /** A copy of the ranking weights. */
  public double[] weights() {
    return weights.clone();
  }

  /** A copy of {@code {a, c, b, d..., e}}. */
  public double[] calibration() {
    return calibration.clone();
  }

  /** The trees added to the linear score. */
  public BoostedTrees trees() {
    return trees;
  }

  /** Each score minus the best other score in the list (0 for a single candidate). */
  public static double[] margins(double[] z) {
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    int bestAt = -1;
    for (int i = 0; i < z.length; i++) {
      if (z[i] > best) {
        second = best;
        best = z[i];
        bestAt = i;
      } else if (z[i] > second) {
        second = z[i];
      }
    }
    double[] m = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      double other = i == bestAt ? second : best;
      m[i] = other == Double.NEGATIVE_INFINITY ? 0 : z[i] - other;
    }
    return m;
  }

  /** The logistic function. */
  public static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /**
   * Fits ranking weights as a conditional logit by Newton's method with an L2 penalty {@code lambda}. Each query
   * is its candidates' feature vectors and labels; queries without a relevant candidate are skipped.
   */
  public static double[] fitRanking(List<double[][]> queries, List<boolean[]> labels, double lambda) {
    int d = LexicalFeatures.SIZE;
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int q = 0; q < queries.size(); q++) {
        double[][] x = queries.get(q);
        boolean[] y = labels.get(q);
        int positives = 0;
        for (boolean b : y) {
          positives += b ? 1 : 0;
        }
        if (positives == 0 || x.length < 2) {
          continue;
        }
        double[] z = new double[x.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
          z[i] = dot(w, x[i]);
          max = Math.max(max, z[i]);
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
          z[i] = Math.exp(z[i] - max);
          sum += z[i];
        }
        double[] mean = new double[d];
        for (int i = 0; i < x.length; i++) {
          double p = z[i] / sum;
          for (int k = 0; k < d; k++) {
            mean[k] += p * x[i][k];
          }
        }
        // each relevant candidate is one observed choice among the list
        for (int i = 0; i < x.length; i++) {
          if (y[i]) {
            for (int k = 0; k < d; k++) {
              grad[k] += (mean[k] - x[i][k]) / positives;
            }
          }
        }
        for (int i = 0; i < x.length; i++) {
          double p = z[i] / sum;
          for (int k = 0; k < d; k++) {
            double dk = x[i][k] - mean[k];
            for (int l = 0; l < d; l++) {
              hess[k][l] += p * dk * (x[i][l] - mean[l]);
            }
          }
        }
      }
      for (int k = 0; k < d; k++) {
        grad[k] += lambda * w[k];
        hess[k][k] += lambda;
      }
      double[] step = solve(hess, grad);
      double before = rankingLoss(w, queries, labels, lambda);
      double scale = 1.0;
      double[] next = new double[d];
      for (int halving = 0; halving < 30; halving++) {
        for (int k = 0; k < d; k++) {
          next[k] = w[k] - scale * step[k];
        }
        if (rankingLoss(next, queries, labels, lambda) <= before) {
          break;
        }
        scale /= 2;
      }
      double change = 0;
      for (int k = 0; k < d; k++) {
        change += Math.abs(next[k] - w[k]);
        w[k] = next[k];
      }
      if (change < 1e-7) {
        break;
      }
    }
    return w;
  }

  /** Mean negative log-likelihood of the relevant candidates under the softmax, plus the L2 penalty. */
  private static double rankingLoss(double[] w, List<double[][]> queries, List<boolean[]> labels, double lambda) {
    double loss = 0;
    for (int q = 0; q < queries.size(); q++) {
      double[][] x = queries.get(q);
      boolean[] y = labels.get(q);
      int positives = 0;
      for (boolean b : y) {
        positives += b ? 1 : 0;
      }
      if (positives == 0 || x.length < 2) {
        continue;
      }
      double max = Double.NEGATIVE_INFINITY;
      double[] z = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        z[i] = dot(w, x[i]);
        max = Math.max(max, z[i]);
      }
      double sum = 0;
      for (double v : z) {
        sum += Math.exp(v - max);
      }
      double logSum = max + Math.log(sum);
      for (int i = 0; i < x.length; i++) {
        if (y[i]) {
          loss += (logSum - z[i]) / positives;
        }
      }
    }
    double penalty = 0;
    for (double v : w) {
      penalty += v * v;
    }
    return loss + lambda / 2 * penalty;
  }

  /**
   * Fits the calibration {@code {a, c, b, d..., e}} by logistic regression of the labels on (score, margin, features
   * of the post's best candidate, the trees' part of its score) over every candidate of every post. Posts that
   * repeat no claim come with all labels false. An L2 penalty (1.0, not on the intercept) keeps the weights finite
   * when the classes separate.
   *
   * @param scores each post's ranking scores (out of fold)
   * @param features each post's candidates' feature vectors
   * @param labels each candidate: is it a claim the post repeats
   * @param treeParts each post's {@link #treePart} under the model that gave its scores ({@code t₁}; 0 without
   *     trees)
   */
  public static double[] fitCalibration(List<double[]> scores, List<double[][]> features, List<boolean[]> labels,
      List<Double> treeParts) {
    int d = CALIBRATION_SIZE;
    List<double[]> bests = new ArrayList<>(scores.size());
    for (int q = 0; q < scores.size(); q++) {
      int best = argMax(scores.get(q));
      bests.add(best < 0 ? new double[LexicalFeatures.SIZE] : features.get(q)[best]);
    }
    double[] w = new double[d];
    double[] x = new double[d];
    for (int iter = 0; iter < 100; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int q = 0; q < scores.size(); q++) {
        double[] z = scores.get(q);
        double[] m = margins(z);
        boolean[] y = labels.get(q);
        double[] best = bests.get(q);
        x[2] = 1.0;
        System.arraycopy(best, 0, x, 3, best.length);
        x[d - 1] = treeParts.get(q);
        for (int i = 0; i < z.length; i++) {
          x[0] = z[i];
          x[1] = m[i];
          double p = sigmoid(dot(w, x));
          double s = Math.max(p * (1 - p), 1e-9);
          double r = p - (y[i] ? 1 : 0);
          for (int k = 0; k < d; k++) {
            grad[k] += r * x[k];
            double sk = s * x[k];
            for (int l = 0; l <= k; l++) {
              hess[k][l] += sk * x[l];
            }
          }
        }
      }
      for (int k = 0; k < d; k++) {
        for (int l = 0; l < k; l++) {
          hess[l][k] = hess[k][l];
        }
        if (k != 2) {
          grad[k] += CALIBRATION_L2 * w[k];
          hess[k][k] += CALIBRATION_L2;
        }
      }
      double[] step = solve(hess, grad);
      double change = 0;
      for (int k = 0; k < d; k++) {
        w[k] -= step[k];
        change += Math.abs(step[k]);
      }
      if (change < 1e-9) {
        break;
      }
    }
    return w;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Gaussian elimination with partial pivoting; {@code a} is overwritten. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[] x = b.clone();
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = a[c];
      a[c] = a[pivot];
      a[pivot] = tmp;
      double t = x[c];
      x[c] = x[pivot];
      x[pivot] = t;
      if (Math.abs(a[c][c]) < 1e-12) {
        continue;
      }
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        x[r] -= f * x[c];
      }
    }
    for (int c = n - 1; c >= 0; c--) {
      double s = x[c];
      for (int k = c + 1; k < n; k++) {
        s -= a[c][k] * x[k];
      }
      x[c] = Math.abs(a[c][c]) < 1e-12 ? 0 : s / a[c][c];
    }
    return x;
  }
}
