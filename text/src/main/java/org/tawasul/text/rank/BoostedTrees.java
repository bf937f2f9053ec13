package org.tawasul.text.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted regression trees of depth 2 over {@link LexicalFeatures}, added to the linear ranking score.
 * They learn what a weighted sum cannot: "either … or" evidence, such as a claim whose words differ from the post's
 * but whose consonant skeletons or character grams cover it. Each tree is three splits ({@code x[f] < t} goes
 * left) and four leaf values, already multiplied by the learning rate. Immutable.
 *
 * <p>Fitted listwise, like the linear part: each round fits one tree to the gradient and curvature of the softmax
 * loss over each post's candidates, starting from the linear scores, with Newton leaf values and an L2 penalty.
 * Split points are the quantiles of each feature over the training candidates.
 */
public final class BoostedTrees {

  /** No trees: the ranking is the linear score alone. */
  public static final BoostedTrees NONE = new BoostedTrees(new int[0], new double[0], new double[0]);

  /** Nodes per tree: a root and its two children. */
  public static final int SPLITS = 3;

  /** Leaves per tree. */
  public static final int LEAVES = 4;

  /** How a fit is shaped; the defaults were chosen by cross-validation (docs/text-engine.md). */
  public record Shape(int trees, double learningRate, int minLeaf, int bins, double l2) {

    /** 50 trees, learning rate 0.1, at least 30 candidates per leaf, 32 bins, L2 1. */
    public static final Shape DEFAULT = new Shape(50, 0.1, 30, 32, 1.0);

    public Shape {
      if (trees < 0 || learningRate <= 0 || minLeaf < 1 || bins < 2 || l2 < 0) {
        throw new IllegalArgumentException("invalid tree shape");
      }
    }
  }

  private final int[] features; // SPLITS per tree
  private final double[] thresholds; // SPLITS per tree
  private final double[] leaves; // LEAVES per tree

  BoostedTrees(int[] features, double[] thresholds, double[] leaves) {
    if (features.length != thresholds.length || features.length % SPLITS != 0
        || leaves.length != features.length / SPLITS * LEAVES) {
      throw new IllegalArgumentException("trees need " + SPLITS + " splits and " + LEAVES + " leaves each");
    }
    for (int f : features) {
      if (f < 0 || f >= LexicalFeatures.SIZE) {
        throw new IllegalArgumentException("no feature " + f);
      }
    }
    this.features = features.clone();
    this.thresholds = thresholds.clone();
    this.leaves = leaves.clone();
  }

  /** The number of trees. */
  public int size() {
    return features.length / SPLITS;
  }

  /** The sum of the trees' leaves for one feature vector. */
  public double score(double[] x) {
    double s = 0;
    for (int t = 0, n = size(); t < n; t++) {
      int node = t * SPLITS;
      int child = x[features[node]] < thresholds[node] ? 1 : 2;
      int leaf = 2 * (child - 1) + (x[features[node + child]] < thresholds[node + child] ? 0 : 1);
      s += leaves[t * LEAVES + leaf];
    }
    return s;
  }

  /** A copy of each split's feature index, {@value #SPLITS} per tree (root, left child, right child). */
  public int[] features() {
    return features.clone();
  }

  /** A copy of each split's threshold, in the order of {@link #features()}. */
  public double[] thresholds() {
    return thresholds.clone();
  }

  /** A copy of the leaf values, {@value #LEAVES} per tree, left to right. */
  public double[] leaves() {
    return leaves.clone();
  }

  int feature(int node) {
    return features[node];
  }

  double threshold(int node) {
    return thresholds[node];
  }

  double leaf(int i) {
    return leaves[i];
  }

  /**
   * Fits trees to the softmax loss of each post's candidates, starting from {@code base} scores.
   *
   * @param queries each post's candidates' feature vectors
   * @param labels each candidate: is it a claim the post repeats (posts without one are skipped)
   * @param base each post's candidates' scores before the trees (the linear part)
   */
  public static BoostedTrees fit(List<double[][]> queries, List<boolean[]> labels, List<double[]> base, Shape shape) {
    List<double[]> rows = new ArrayList<>();
    List<int[]> lists = new ArrayList<>(); // each usable post: its rows' indices
    List<double[]> targets = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) {
      boolean[] y = labels.get(q);
      int positives = 0;
      for (boolean b : y) {
        positives += b ? 1 : 0;
      }
      double[][] x = queries.get(q);
      if (positives == 0 || x.length < 2) {
        continue;
      }
      int[] list = new int[x.length];
      double[] target = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        list[i] = rows.size();
        rows.add(x[i]);
        scores.add(base.get(q)[i]);
        target[i] = y[i] ? 1.0 / positives : 0;
      }
      lists.add(list);
      targets.add(target);
    }
    int n = rows.size();
    int d = LexicalFeatures.SIZE;
    double[][] cuts = new double[d][];
    int[][] bin = new int[d][n];
    for (int f = 0; f < d; f++) {
      cuts[f] = cuts(rows, f, shape.bins());
      for (int r = 0; r < n; r++) {
        bin[f][r] = binOf(cuts[f], rows.get(r)[f]);
      }
    }
    double[] s = new double[n];
    for (int r = 0; r < n; r++) {
      s[r] = scores.get(r);
    }
    int trees = n == 0 ? 0 : shape.trees();
    int[] features = new int[trees * SPLITS];
    double[] thresholds = new double[trees * SPLITS];
    double[] leaves = new double[trees * LEAVES];
    double[] g = new double[n];
    double[] h = new double[n];
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    for (int t = 0; t < trees; t++) {
      for (int q = 0; q < lists.size(); q++) {
        gradients(lists.get(q), targets.get(q), s, g, h);
      }
      Split root = bestSplit(all, g, h, bin, shape);
      int[][] halves = root.divide(all, bin);
      Split[] children = {bestSplit(halves[0], g, h, bin, shape), bestSplit(halves[1], g, h, bin, shape)};
      features[t * SPLITS] = root.feature;
      thresholds[t * SPLITS] = root.threshold(cuts);
      for (int c = 0; c < 2; c++) {
        features[t * SPLITS + 1 + c] = children[c].feature;
        thresholds[t * SPLITS + 1 + c] = children[c].threshold(cuts);
        int[][] leafRows = children[c].divide(halves[c], bin);
        for (int side = 0; side < 2; side++) {
          double value = shape.learningRate() * newton(leafRows[side], g, h, shape.l2());
          leaves[t * LEAVES + 2 * c + side] = value;
          for (int r : leafRows[side]) {
            s[r] += value;
          }
        }
      }
    }
    return new BoostedTrees(features, thresholds, leaves);
  }

  /** Softmax gradient and curvature of one post's candidates. */
  private static void gradients(int[] list, double[] target, double[] s, double[] g, double[] h) {
    double max = Double.NEGATIVE_INFINITY;
    for (int r : list) {
      max = Math.max(max, s[r]);
    }
    double sum = 0;
    for (int r : list) {
      sum += Math.exp(s[r] - max);
    }
    for (int i = 0; i < list.length; i++) {
      int r = list[i];
      double p = Math.exp(s[r] - max) / sum;
      g[r] = p - target[i];
      h[r] = Math.max(p * (1 - p), 1e-6);
    }
  }

  private static double newton(int[] rows, double[] g, double[] h, double l2) {
    double gs = 0;
    double hs = 0;
    for (int r : rows) {
      gs += g[r];
      hs += h[r];
    }
    return -gs / (hs + l2);
  }

  /** A split of some rows: {@code x[feature] < cuts[feature][cut]} goes left; {@link #NONE} sends every row left. */
  private record Split(int feature, int cut) {

    static final Split NONE = new Split(0, Integer.MAX_VALUE);

    double threshold(double[][] cuts) {
      return this == NONE ? Double.POSITIVE_INFINITY : cuts[feature][cut];
    }

    int[][] divide(int[] rows, int[][] bin) {
      int left = 0;
      for (int r : rows) {
        left += bin[feature][r] <= cut ? 1 : 0;
      }
      int[][] out = {new int[left], new int[rows.length - left]};
      int l = 0;
      int rr = 0;
      for (int r : rows) {
        if (bin[feature][r] <= cut) {
          out[0][l++] = r;
        } else {
          out[1][rr++] = r;
        }
      }
      return out;
    }
  }

  /**
   * The split with the largest gain in the penalised Newton objective that leaves at least {@code minLeaf} rows
   * on each side; no split (everything left) when none gains.
   */
  private static Split bestSplit(int[] rows, double[] g, double[] h, int[][] bin, Shape shape) {
    double gs = 0;
    double hs = 0;
    for (int r : rows) {
      gs += g[r];
      hs += h[r];
    }
    double l2 = shape.l2();
    double parent = gs * gs / (hs + l2);
    double bestGain = 0;
    Split best = Split.NONE;
    for (int f = 0; f < bin.length; f++) {
      int bins = shape.bins();
      double[] gb = new double[bins];
      double[] hb = new double[bins];
      int[] cb = new int[bins];
      for (int r : rows) {
        int b = bin[f][r];
        gb[b] += g[r];
        hb[b] += h[r];
        cb[b]++;
      }
      double gl = 0;
      double hl = 0;
      int cl = 0;
      for (int k = 0; k < bins - 1; k++) {
        gl += gb[k];
        hl += hb[k];
        cl += cb[k];
        if (cl < shape.minLeaf() || rows.length - cl < shape.minLeaf()) {
          continue;
        }
        double gr = gs - gl;
        double gain = gl * gl / (hl + l2) + gr * gr / (hs - hl + l2) - parent;
        if (gain > bestGain) {
          bestGain = gain;
          best = new Split(f, k);
        }
      }
    }
    return best;
  }

  /** Up to {@code bins - 1} distinct quantiles of a feature: bin k holds values in [cuts[k-1], cuts[k]). */
  private static double[] cuts(List<double[]> rows, int f, int bins) {
    double[] v = new double[rows.size()];
    for (int r = 0; r < v.length; r++) {
      v[r] = rows.get(r)[f];
    }
    Arrays.sort(v);
    double[] cuts = new double[bins - 1];
    int m = 0;
    for (int k = 1; k < bins && v.length > 0; k++) {
      double c = v[(int) ((long) k * (v.length - 1) / bins)];
      if (c > v[0] && (m == 0 || c > cuts[m - 1])) {
        cuts[m++] = c;
      }
    }
    return Arrays.copyOf(cuts, m);
  }

  private static int binOf(double[] cuts, double value) {
    int b = 0;
    while (b < cuts.length && value >= cuts[b]) {
      b++;
    }
    return b;
  }
}
