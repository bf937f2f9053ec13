package org.tawasul.text.rank;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;
import org.tawasul.text.analysis.CharGramAnalyzer;
import org.tawasul.text.analysis.TawasulAnalyzer;

/**
 * Document frequencies counted once over a background corpus (texts that are not claims), so that a small claim
 * pool still knows which words are common: with five statements, every word of a post that none of them uses
 * would otherwise weigh as much as the rarest name. Immutable: sorted keys (the re-ranker's term and skeleton
 * hashes, the retrieval field's words, the gram channel's grams) with their counts, 12 bytes a key.
 *
 * <p>{@link #standard()} is counted over the 600 Moroccan news articles of MArSum (Gaanoun et al. 2022, Goud.ma,
 * CC BY 4.0, attribution KamelGaanoun/MoroccanSummarization); it holds hashes and counts only, no text.
 */
public final class BackgroundFrequencies {

  /** No background. */
  public static final BackgroundFrequencies NONE = new BackgroundFrequencies(new long[0], new int[0], 0, 0);

  /** Name of the shipped table, beside this class. */
  public static final String STANDARD_RESOURCE = "background-marsum.bin";

  /**
   * Pool size from which the background no longer counts: about the pool the model was fitted on (3,571 claims),
   * so that a small pool weighs words about as the model expects, and a large one is its own statistics.
   */
  public static final int FILL = 3_500;

  private static final int MAGIC = 0x54574247; // "TWBG"
  /** Bump when {@link TextProfile}'s terms or skeletons change: a stale table no longer matches the words. */
  private static final int FORMAT = 1;

  private final long[] terms;
  private final int[] counts;
  /** Texts mostly in Arabic script, and mostly in Latin letters: each script's words are weighed by its own. */
  private final int arabicDocuments;
  private final int latinDocuments;

  private BackgroundFrequencies(long[] terms, int[] counts, int arabicDocuments, int latinDocuments) {
    this.terms = terms;
    this.counts = counts;
    this.arabicDocuments = arabicDocuments;
    this.latinDocuments = latinDocuments;
  }

  private static final class Standard {
    static final BackgroundFrequencies TABLE;

    static {
      try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(STANDARD_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(STANDARD_RESOURCE + " is missing from the jar");
        }
        TABLE = read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The shipped table (loaded on first use, 0.85 MB on the heap). */
  public static BackgroundFrequencies standard() {
    return Standard.TABLE;
  }

  /**
   * Counts, in each text, the re-ranker's terms and skeletons (as {@link DocumentFrequencies} counts a claim), and
   * the distinct words of the retrieval field and character grams of the gram channel. Blank texts and texts without
   * a content word are skipped.
   */
  public static BackgroundFrequencies of(Iterable<String> texts) {
    Map<Long, int[]> map = new HashMap<>();
    int arabic = 0;
    int latin = 0;
    Set<Long> distinct = new HashSet<>();
    try (TawasulAnalyzer words = new TawasulAnalyzer(true); CharGramAnalyzer grams = new CharGramAnalyzer()) {
      for (String text : texts) {
        TextProfile p = TextProfile.of(text == null ? "" : text, false);
        if (p.terms.length == 0) {
          continue;
        }
        int latinTerms = 0;
        for (long t : p.terms) {
          map.computeIfAbsent(t, k -> new int[1])[0]++;
          latinTerms += latin(t) ? 1 : 0;
        }
        for (long t : p.roots) {
          map.computeIfAbsent(t, k -> new int[1])[0]++;
        }
        if (2 * latinTerms > p.terms.length) {
          latin++;
        } else {
          arabic++;
        }
        distinct.clear();
        tokens(words, text, stream -> {
          TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
          return () -> distinct.add(wordKey(term.getBytesRef()));
        });
        tokens(grams, text, stream -> {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          return () -> {
            if (term.length() > 0) {
              distinct.add(gramKey(CharGramAnalyzer.hash(term.buffer(), term.length())));
            }
          };
        });
        for (long key : distinct) {
          map.computeIfAbsent(key, k -> new int[1])[0]++;
        }
      }
    }
    long[] keys = new long[map.size()];
    int i = 0;
    for (long k : map.keySet()) {
      keys[i++] = k;
    }
    Arrays.sort(keys);
    int[] values = new int[keys.length];
    for (int j = 0; j < keys.length; j++) {
      values[j] = map.get(keys[j])[0];
    }
    return new BackgroundFrequencies(keys, values, arabic, latin);
  }

  /** Runs {@code text} through {@code analyzer}, calling what {@code perToken} returns for each token. */
  private static void tokens(Analyzer analyzer, String text, Function<TokenStream, Runnable> perToken) {
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      Runnable onToken = perToken.apply(stream);
      stream.reset();
      while (stream.incrementToken()) {
        onToken.run();
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String
    }
  }

  /** Reads a table written by {@link #write}. */
  public static BackgroundFrequencies read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    if (data.readInt() != MAGIC) {
      throw new IOException("not a background frequency table");
    }
    int format = data.readInt();
    if (format != FORMAT) {
      throw new IOException("background frequency table of format " + format + ", this engine reads " + FORMAT);
    }
    int arabic = data.readInt();
    int latin = data.readInt();
    int size = data.readInt();
    if (arabic < 0 || latin < 0 || size < 0) {
      throw new IOException("corrupt background frequency table");
    }
    long[] keys = new long[size];
    int[] values = new int[size];
    for (int i = 0; i < size; i++) {
      keys[i] = data.readLong();
      values[i] = data.readInt();
      if (i > 0 && keys[i] <= keys[i - 1]) {
        throw new IOException("corrupt background frequency table: terms out of order");
      }
    }
    return new BackgroundFrequencies(keys, values, arabic, latin);
  }

  /** Writes the table (gzip). */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(zip));
    data.writeInt(MAGIC);
    data.writeInt(FORMAT);
    data.writeInt(arabicDocuments);
    data.writeInt(latinDocuments);
    data.writeInt(terms.length);
    for (int i = 0; i < terms.length; i++) {
      data.writeLong(terms[i]);
      data.writeInt(counts[i]);
    }
    data.flush();
    zip.finish();
  }

  /** Texts counted. */
  public int documents() {
    return arabicDocuments + latinDocuments;
  }

  /** Texts counted that are mostly in Latin letters. */
  public int latinDocuments() {
    return latinDocuments;
  }

  /** Distinct terms and skeletons counted. */
  public int size() {
    return terms.length;
  }

  /** How many background texts hold {@code term}. */
  int frequency(long term) {
    int i = Arrays.binarySearch(terms, term);
    return i >= 0 ? counts[i] : 0;
  }

  /**
   * BM25 idf ({@code log(1 + (n - f + 0.5) / (f + 0.5))}, at least 0) of a term held by {@code count} of
   * {@code documents} claims. Below {@link #FILL} claims the background stands for the missing ones, in
   * proportion: {@code n} is {@code FILL} and {@code f} gains {@code (FILL - documents) / background documents}
   * times the background count, counting only the background texts in the term's script; with none, the pool's
   * counts alone.
   */
  public double idf(long term, long count, long documents) {
    int background = latin(term) ? latinDocuments : arabicDocuments;
    if (documents >= FILL || background == 0) {
      return idf(count, documents);
    }
    return idf(count + (FILL - documents) / (double) background * frequency(term), FILL);
  }

  /**
   * At least 0: a word that is its own skeleton is counted twice in a text ({@link DocumentFrequencies}), so its
   * count can pass the number of texts in a tiny pool.
   */
  private static double idf(double count, long documents) {
    return Math.max(0, Math.log(1 + (documents - count + 0.5) / (count + 0.5)));
  }

  /**
   * Whether a key is of a word or gram in Latin letters: every key (re-ranker term and skeleton, retrieval word,
   * gram) carries its script in its lowest bit.
   */
  static boolean latin(long key) {
    return (key & 1) != 0;
  }

  /** Key of a character gram ({@link CharGramAnalyzer#hash}, script bit kept), apart from the other keys. */
  public static long gramKey(int gramHash) {
    return 0x6a09e667L << 32 | (gramHash & 0xffffffffL);
  }

  /**
   * Key of a word of the retrieval field (analysed bytes), apart from the re-ranker's term hashes; the lowest bit is
   * 1 for a word in Latin letters (its first byte encodes a character below U+0600).
   */
  public static long wordKey(BytesRef word) {
    long h = 0x84222325cbf29ce4L;
    for (int i = word.offset; i < word.offset + word.length; i++) {
      h ^= word.bytes[i] & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    boolean latin = word.length == 0 || (word.bytes[word.offset] & 0xff) < 0xd8;
    return (h & ~1L) | (latin ? 1 : 0);
  }

  /** Approximate heap bytes held. */
  public long ramBytes() {
    return 48L + 12L * terms.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BackgroundFrequencies other && arabicDocuments == other.arabicDocuments
        && latinDocuments == other.latinDocuments && Arrays.equals(terms, other.terms)
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + documents();
  }
}
