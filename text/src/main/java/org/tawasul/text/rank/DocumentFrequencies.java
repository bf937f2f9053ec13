package org.tawasul.text.rank;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How many claims contain each term (by hash), kept up to date as claims are added and removed; gives the
 * re-ranker its inverse document frequencies, with a {@link BackgroundFrequencies background} standing in while
 * the pool is small. Thread-safe.
 */
public final class DocumentFrequencies {

  private final ConcurrentHashMap<Long, int[]> counts = new ConcurrentHashMap<>();
  private volatile int documents;
  private final BackgroundFrequencies background;

  /** Frequencies of the claims alone. */
  public DocumentFrequencies() {
    this(BackgroundFrequencies.NONE);
  }

  /** Frequencies of the claims, with {@code background} standing in while the pool is small. */
  public DocumentFrequencies(BackgroundFrequencies background) {
    this.background = background;
  }

  /** Counts the terms of one more claim. */
  public synchronized void add(TextProfile profile) {
    for (long t : profile.terms) {
      counts.computeIfAbsent(t, k -> new int[1])[0]++;
    }
    for (long t : profile.roots) {
      counts.computeIfAbsent(t, k -> new int[1])[0]++;
    }
    documents++;
  }

  /** Forgets the terms of a removed claim. */
  public synchronized void remove(TextProfile profile) {
    for (long t : profile.terms) {
      decrement(t);
    }
    for (long t : profile.roots) {
      decrement(t);
    }
    documents = Math.max(0, documents - 1);
  }

  private void decrement(long t) {
    int[] c = counts.get(t);
    if (c != null && --c[0] <= 0) {
      counts.remove(t);
    }
  }

  /** BM25-style idf, at least 0 ({@link BackgroundFrequencies#idf}). */
  public double idf(long term) {
    int[] c = counts.get(term);
    return background.idf(term, c == null ? 0 : c[0], documents);
  }

  /** Number of claims counted. */
  public int documents() {
    return documents;
  }
}
