package org.tawasul.text.rank;

import java.util.List;

/**
 * The lexical re-ranker's model. Ranking: a linear score {@code z = w·x} over {@link LexicalFeatures}, fitted as a
 * conditional logit (softmax over each post's candidates, the listwise form of logistic regression). Calibration:
 * {@code p = σ(a·z + c·m + b)} where {@code m} is the candidate's margin over the best other candidate, fitted by
 * logistic regression on out-of-fold scores, so {@code p} reads as the probability that the candidate is a claim
 * the post repeats. With {@code a, c >= 0} the probabilities keep the ranking's order. Immutable.
 */
public final class LexicalModel {

  /**
   * Fitted by {@code tawasul-text tune} on CheckThat! 2021 Arabic train + dev (223 tweets, BM25 top-50 from the
   * claim pool, L2 = 1); see docs/text-engine.md for the cross-validation.
   */
  public static final LexicalModel DEFAULT = new LexicalModel(
      new double[] {1.619, 2.945, 0.786, 0.364, -0.059, 1.001, 0.188, 0.931, 2.261, -1.016, 0.592, 0.958, -0.051,
          0.217, 0.695},
      new double[] {0.696, 0.54, -9.498});

  private final double[] weights;
  private final double[] calibration; // a, c, b

  /**
   * @param weights one per {@link LexicalFeatures#NAMES}
   * @param calibration {@code {a, c, b}}: weight of the score, of the margin, and the intercept
   */
  public LexicalModel(double[] weights, double[] calibration) {
    if (weights.length != LexicalFeatures.SIZE || calibration.length != 3) {
      throw new IllegalArgumentException("need " + LexicalFeatures.SIZE + " weights and 3 calibration terms");
    }
    this.weights = weights.clone();
    this.calibration = new double[] {Math.max(0, calibration[0]), Math.max(0, calibration[1]), calibration[2]};
  }

  /** The ranking score of one feature vector. */
  public double score(double[] x) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return z;
  }

  /** Calibrated probabilities for the ranking scores of one post's candidates. */
  public double[] probabilities(double[] z) {
    double[] p = new double[z.length];
    double[] margins = margins(z);
    for (int i = 0; i < z.length; i++) {
      p[i] = sigmoid(calibration[0] * z[i] + calibration[1] * margins[i] + calibration[2]);
    }
    return p;
  }

  /** A copy of the ranking weights. */
  public double[] weights() {
    return weights.clone();
  }

  /** A copy of {@code {a, c, b}}. */
  public double[] calibration() {
    return calibration.clone();
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
   * Fits {@code {a, c, b}} by logistic regression of the labels on (score, margin) over every candidate of every
   * query.
   */
  public static double[] fitCalibration(List<double[]> scores, List<boolean[]> labels) {
    double[] w = new double[3];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[3];
      double[][] hess = new double[3][3];
      for (int q = 0; q < scores.size(); q++) {
        double[] z = scores.get(q);
        double[] m = margins(z);
        boolean[] y = labels.get(q);
        for (int i = 0; i < z.length; i++) {
          double[] x = {z[i], m[i], 1.0};
          double p = sigmoid(dot(w, x));
          double s = Math.max(p * (1 - p), 1e-9);
          double r = p - (y[i] ? 1 : 0);
          for (int k = 0; k < 3; k++) {
            grad[k] += r * x[k];
            for (int l = 0; l < 3; l++) {
              hess[k][l] += s * x[k] * x[l];
            }
          }
        }
      }
      for (int k = 0; k < 2; k++) {
        grad[k] += 1e-3 * w[k];
        hess[k][k] += 1e-3;
      }
      double[] step = solve(hess, grad);
      double change = 0;
      for (int k = 0; k < 3; k++) {
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
