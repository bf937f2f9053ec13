package org.tawasul.text.rank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text form of a {@link LexicalModel}, written by {@code tawasul-text tune --out} and shipped as
 * {@link LexicalModel#RESOURCE}. Tab-separated lines: {@code weights} then one number per feature, {@code
 * calibration} then {@code a, c, b, d..., e}, and one {@code tree} line per tree: three splits (feature name,
 * threshold; the root, then its left and right child) and four leaf values. Lines starting with {@code #} are
 * comments.
 */
public final class ModelFile {

  private ModelFile() {}

  /** Writes a model, with a comment line first. */
  public static void write(LexicalModel model, String comment, Writer out) throws IOException {
    out.write("# " + comment.replace('\n', ' ') + "\n");
    out.write("# features: " + String.join(" ", LexicalFeatures.NAMES) + "\n");
    out.write(line("weights", model.weights()));
    out.write(line("calibration", model.calibration()));
    BoostedTrees trees = model.trees();
    for (int t = 0; t < trees.size(); t++) {
      StringBuilder sb = new StringBuilder("tree");
      for (int k = 0; k < BoostedTrees.SPLITS; k++) {
        int node = t * BoostedTrees.SPLITS + k;
        sb.append('\t').append(LexicalFeatures.NAMES[trees.feature(node)]).append('\t')
            .append(trees.threshold(node));
      }
      for (int k = 0; k < BoostedTrees.LEAVES; k++) {
        sb.append('\t').append(trees.leaf(t * BoostedTrees.LEAVES + k));
      }
      out.write(sb.append('\n').toString());
    }
  }

  /**
   * Reads a model.
   *
   * @throws IllegalArgumentException if a line is not of the form above
   */
  public static LexicalModel read(Reader in) throws IOException {
    double[] weights = null;
    double[] calibration = null;
    List<Integer> features = new ArrayList<>();
    List<Double> thresholds = new ArrayList<>();
    List<Double> leaves = new ArrayList<>();
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        switch (f[0]) {
          case "weights" -> weights = numbers(f);
          case "calibration" -> calibration = numbers(f);
          case "tree" -> {
            if (f.length != 1 + 2 * BoostedTrees.SPLITS + BoostedTrees.LEAVES) {
              throw new IllegalArgumentException("a tree needs " + BoostedTrees.SPLITS + " splits and "
                  + BoostedTrees.LEAVES + " leaves");
            }
            for (int k = 0; k < BoostedTrees.SPLITS; k++) {
              features.add(feature(f[1 + 2 * k]));
              thresholds.add(Double.parseDouble(f[2 + 2 * k])); // infinity: every vector goes left
            }
            for (int k = 0; k < BoostedTrees.LEAVES; k++) {
              leaves.add(number(f[1 + 2 * BoostedTrees.SPLITS + k]));
            }
          }
          default -> throw new IllegalArgumentException("unknown line " + f[0]);
        }
      } catch (IllegalArgumentException e) { // NumberFormatException included
        throw new IllegalArgumentException("model line " + number + ": " + e.getMessage(), e);
      }
    }
    if (weights == null || calibration == null) {
      throw new IllegalArgumentException("a model needs a weights and a calibration line");
    }
    BoostedTrees trees = new BoostedTrees(features.stream().mapToInt(Integer::intValue).toArray(),
        thresholds.stream().mapToDouble(Double::doubleValue).toArray(),
        leaves.stream().mapToDouble(Double::doubleValue).toArray());
    return new LexicalModel(weights, trees, calibration);
  }

  /** The shipped model. */
  static LexicalModel shipped() {
    try (var in = LexicalModel.class.getResourceAsStream(LexicalModel.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(LexicalModel.RESOURCE + " is missing from the jar");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(String key, double[] values) {
    StringBuilder sb = new StringBuilder(key);
    for (double v : values) {
      sb.append('\t').append(v);
    }
    return sb.append('\n').toString();
  }

  private static double[] numbers(String[] f) {
    return Arrays.stream(f, 1, f.length).map(ModelFile::number).mapToDouble(Double::doubleValue).toArray();
  }

  /** A finite number (a model with NaN or infinity would score every claim the same). */
  private static double number(String text) {
    double v = Double.parseDouble(text);
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + text);
    }
    return v;
  }

  private static int feature(String name) {
    int i = Arrays.asList(LexicalFeatures.NAMES).indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no feature " + name);
    }
    return i;
  }
}
