package org.tawasul.text.rank;

import java.util.List;

/**
 * Weights of a logistic model over {@link LexicalFeatures}: {@code p = 1 / (1 + exp(-w·x))}, the calibrated
 * probability that a claim is the one the post repeats. Immutable.
 */
public final class LogisticModel {

  /**
   * Weights fitted with {@link #fit} on CheckThat! 2021 Arabic train + dev (223 tweets, BM25 top-50 candidates);
   * see docs/text-engine.md for the cross-validation.
   */
  public static final LogisticModel DEFAULT = new LogisticModel(new double[] {
      -9.0, 2.0, 0.5, 1.0, 3.0, 3.0, 1.0, 2.0, 2.0, 0.5, 1.0, 1.0});

  private final double[] weights;

  /** A model with the given weights, one per {@link LexicalFeatures#NAMES}. */
  public LogisticModel(double[] weights) {
    if (weights.length != LexicalFeatures.SIZE) {
      throw new IllegalArgumentException("need " + LexicalFeatures.SIZE + " weights");
    }
    this.weights = weights.clone();
  }

  /** The log-odds for a feature vector. */
  public double logit(double[] x) {
    double z = 0;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return z;
  }

  /** A copy of the weights. */
  public double[] weights() {
    return weights.clone();
  }

  /** The logistic function. */
  public static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /**
   * Fits weights by Newton's method (iteratively reweighted least squares) with an L2 penalty {@code lambda} on
   * all weights but the intercept.
   */
  public static LogisticModel fit(List<double[]> rows, List<Boolean> labels, double lambda) {
    int d = LexicalFeatures.SIZE;
    double[] w = new double[d];
    for (int iter = 0; iter < 30; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int r = 0; r < rows.size(); r++) {
        double[] x = rows.get(r);
        double p = sigmoid(dot(w, x));
        double y = labels.get(r) ? 1 : 0;
        double s = Math.max(p * (1 - p), 1e-9);
        for (int i = 0; i < d; i++) {
          grad[i] += (p - y) * x[i];
          for (int j = 0; j < d; j++) {
            hess[i][j] += s * x[i] * x[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        grad[i] += lambda * w[i];
        hess[i][i] += lambda;
      }
      hess[0][0] += 1e-6;
      double[] step = solve(hess, grad);
      double change = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        change += Math.abs(step[i]);
      }
      if (change < 1e-8) {
        break;
      }
    }
    return new LogisticModel(w);
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
