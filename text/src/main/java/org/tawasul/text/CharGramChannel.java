package org.tawasul.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.SmallFloat;
import org.tawasul.text.analysis.CharGramAnalyzer;
import org.tawasul.text.rank.BackgroundFrequencies;

/**
 * The character 4-gram channel of {@link ClaimIndex}, scored outside Lucene: each claim keeps its grams (hashed) and
 * the channel keeps how many claims hold each gram, so a post's gram BM25 is computed only for the claims the word
 * channel retrieved, by merging two sorted arrays, instead of walking the long postings of common grams.
 *
 * <p>The score is the one a Lucene field analysed by {@link CharGramAnalyzer} would give (BM25, same idf, same
 * lossy length norm, overlapping grams not counted in the length), so retrieval ranks as the one-query version did
 * for every claim both see. Thread-safe: statistics change under the index's lock, reads see a consistent enough
 * snapshot (a search racing a put may use the counts of either side).
 */
final class CharGramChannel {

  /** Grams a post may contribute at most (its rarest ones). */
  static final int MAX_QUERY_GRAMS = 128;

  private static final int MAX_DISTINCT = 512;
  private static final int MAX_TOKENS = 1 << 16;

  /**
   * A claim's grams: sorted hashes, a gram repeated as often as it occurs; {@code norm} is the Lucene-encoded
   * length (non-overlapping positions), {@code tokens} the number of grams.
   */
  record Grams(int[] hashes, byte norm, int tokens) {

    long ramBytes() {
      return 32L + 4L * hashes.length;
    }
  }

  private final Analyzer analyzer = new CharGramAnalyzer();
  private final ConcurrentHashMap<Integer, int[]> frequencies = new ConcurrentHashMap<>();
  private final float k1;
  private final float b;
  private final float weight;
  private final BackgroundFrequencies background;
  private volatile int documents;
  private volatile long tokens;

  /**
   * @param k1 BM25 k1, {@code b} BM25 b
   * @param weight boost of the channel against the word channel
   * @param background stands in for the missing claims while the pool is small
   */
  CharGramChannel(float k1, float b, float weight, BackgroundFrequencies background) {
    this.k1 = k1;
    this.b = b;
    this.weight = weight;
    this.background = background;
  }

  /** The grams of a claim's text (title and text). */
  Grams grams(String text) {
    int[] hashes = new int[64];
    int count = 0;
    int positions = 0;
    try (TokenStream stream = analyzer.tokenStream("grams", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0) {
          positions++;
        }
        if (term.length() == 0) {
          continue;
        }
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = CharGramAnalyzer.hash(term.buffer(), term.length());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] sorted = Arrays.copyOf(hashes, count);
    Arrays.sort(sorted);
    return new Grams(sorted, SmallFloat.intToByte4(positions), count);
  }

  /** Counts a claim's grams. Callers hold the index's lock. */
  void add(Grams grams) {
    int[] h = grams.hashes();
    for (int i = 0; i < h.length; i++) {
      if (i == 0 || h[i] != h[i - 1]) {
        frequencies.computeIfAbsent(h[i], k -> new int[1])[0]++;
      }
    }
    tokens += grams.tokens();
    documents++;
  }

  /** Forgets a claim's grams. Callers hold the index's lock. */
  void remove(Grams grams) {
    int[] h = grams.hashes();
    for (int i = 0; i < h.length; i++) {
      if (i == 0 || h[i] != h[i - 1]) {
        int[] c = frequencies.get(h[i]);
        if (c != null && --c[0] <= 0) {
          frequencies.remove(h[i]);
        }
      }
    }
    tokens = Math.max(0, tokens - grams.tokens());
    documents = Math.max(0, documents - 1);
  }

  /**
   * The post's query: its distinct grams (the first 512), of those found in some claim the {@code max} rarest,
   * each weighted by the channel's boost times its BM25 idf.
   */
  Query query(String post, int max) {
    long[] seen = new long[4 * MAX_DISTINCT];
    int[] distinct = new int[MAX_DISTINCT];
    int n = 0;
    int read = 0;
    try (TokenStream stream = analyzer.tokenStream("grams", post)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (n < MAX_DISTINCT && read++ < MAX_TOKENS && stream.incrementToken()) {
        if (term.length() > 0) {
          int h = CharGramAnalyzer.hash(term.buffer(), term.length());
          if (insert(seen, h)) {
            distinct[n++] = h;
          }
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int docs = documents;
    long[] byRarity = new long[n];
    int found = 0;
    for (int i = 0; i < n; i++) {
      int[] df = frequencies.get(distinct[i]);
      if (df != null && df[0] > 0) {
        byRarity[found++] = (long) df[0] << 32 | i;
      }
    }
    Arrays.sort(byRarity, 0, found);
    int used = Math.min(found, max);
    int[] hashes = new int[used];
    float[] weights = new float[used];
    for (int r = 0; r < used; r++) {
      int i = (int) byRarity[r];
      int df = (int) (byRarity[r] >>> 32);
      hashes[r] = distinct[i];
      weights[r] = weight * (float) background.idf(BackgroundFrequencies.gramKey(hashes[r]), df, docs);
    }
    float averageLength = docs == 0 ? 1 : (float) (tokens / (double) docs);
    return new Query(hashes, weights, k1, b, averageLength);
  }

  /**
   * The {@code max} rarest gram terms of {@code post} among those {@code query} kept, for a query on a Lucene
   * gram field.
   */
  List<String> terms(String post, Query query, int max) {
    List<String> out = new ArrayList<>();
    long[] wanted = new long[4 * MAX_DISTINCT];
    for (int r = 0; r < Math.min(max, query.rarest.length); r++) {
      insert(wanted, query.rarest[r]);
    }
    long[] seen = new long[4 * MAX_DISTINCT];
    int read = 0;
    try (TokenStream stream = analyzer.tokenStream("grams", post)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (read++ < MAX_TOKENS && stream.incrementToken()) {
        int h = CharGramAnalyzer.hash(term.buffer(), term.length());
        if (term.length() > 0 && contains(wanted, h) && insert(seen, h)) {
          out.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Adds {@code h} to an open-addressing set (slot = hash + 1 in the low bits); returns whether it was new. */
  private static boolean insert(long[] table, int h) {
    int slot = probe(table, h);
    if (table[slot] != 0) {
      return false;
    }
    table[slot] = key(h);
    return true;
  }

  private static boolean contains(long[] table, int h) {
    return table[probe(table, h)] != 0;
  }

  private static long key(int h) {
    return (h & 0xFFFFFFFFL) + 1;
  }

  /** The slot holding {@code h}, or the empty slot where it would go (linear probing). */
  private static int probe(long[] table, int h) {
    long key = key(h);
    int mask = table.length - 1;
    int slot = h & mask; // h is already a mixed hash
    while (table[slot] != 0 && table[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  void close() {
    analyzer.close();
  }

  /**
   * A post's grams in a small open-addressing table (hash → weight, 0 for an empty slot; weights are positive),
   * and the length norms to score claims with.
   */
  static final class Query {
    final int[] rarest;
    private final int[] keys;
    private final float[] weights;
    private final int mask;
    private final boolean empty;
    private final float[] normInverse = new float[256];

    Query(int[] hashes, float[] grams, float k1, float b, float averageLength) {
      int size = Integer.highestOneBit(Math.max(4, hashes.length) * 4 - 1) << 1;
      this.keys = new int[size];
      this.weights = new float[size];
      this.mask = size - 1;
      this.empty = hashes.length == 0;
      this.rarest = hashes;
      for (int i = 0; i < hashes.length; i++) {
        int slot = hashes[i] & mask;
        while (weights[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = hashes[i];
        weights[slot] = grams[i];
      }
      for (int i = 0; i < 256; i++) {
        normInverse[i] = 1f / (k1 * ((1 - b) + b * SmallFloat.byte4ToInt((byte) i) / averageLength));
      }
    }

    /** Whether the post has no gram found in any claim. */
    boolean isEmpty() {
      return empty;
    }

    /** The channel's BM25 score of a claim (boost included): one table probe per distinct gram of the claim. */
    float score(Grams grams) {
      int[] c = grams.hashes();
      float inverse = normInverse[grams.norm() & 0xFF];
      float s = 0;
      int j = 0;
      while (j < c.length) {
        int h = c[j++];
        int tf = 1;
        while (j < c.length && c[j] == h) {
          tf++;
          j++;
        }
        int slot = h & mask;
        float w;
        while ((w = weights[slot]) != 0) {
          if (keys[slot] == h) {
            s += w - w / (1f + tf * inverse);
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      return s;
    }
  }
}
