package org.tawasul.text;

import java.util.List;

/**
 * Extra evidence that a candidate claim is the one a post repeats, for example a semantic model an operator
 * supplies as an ONNX file. The built-in lexical re-ranker always runs first; each extra re-ranker adds its
 * evidence to the candidates' log-odds before they are turned into calibrated scores, so an implementation
 * should return calibrated log-odds contributions (0 = no opinion). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ReRanker {

  /**
   * Adds to {@code logits[i]} the evidence, on the log-odds scale, that {@code candidates.get(i)} states the same
   * claim as {@code post}.
   */
  void score(String post, List<ClaimCandidate> candidates, double[] logits);
}
