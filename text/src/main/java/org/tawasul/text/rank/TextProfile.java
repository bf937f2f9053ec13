package org.tawasul.text.rank;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.tawasul.text.Arabizi;
import org.tawasul.text.Darija;
import org.tawasul.text.TextNormalizer;
import org.tawasul.text.analysis.ArabicLightStemmer;
import org.tawasul.text.analysis.StopWords;

/**
 * The lexical fingerprint of a post or claim used by the re-ranker: sorted, distinct 64-bit hashes of its stemmed
 * content words, of its word bigrams, of its numbers, and sorted distinct 32-bit hashes of its character 4-grams.
 * Immutable.
 */
public final class TextProfile {

  private static final long[] NO_LONGS = new long[0];

  final long[] terms;
  final long[] roots;
  final long[] bigrams;
  final long[] numbers;
  final int[] grams;

  private TextProfile(long[] terms, long[] roots, long[] bigrams, long[] numbers, int[] grams) {
    this.terms = terms;
    this.roots = roots;
    this.bigrams = bigrams;
    this.numbers = numbers;
    this.grams = grams;
  }

  /** The sorted distinct term hashes. */
  public long[] terms() {
    return terms;
  }

  /** Approximate heap bytes held. */
  public long ramBytes() {
    return 64L + 8L * (terms.length + roots.length + bigrams.length + numbers.length) + 4L * grams.length;
  }

  /**
   * Profiles {@code text}; with {@code arabizi}, Arabizi words also contribute their Arabic-script candidates as
   * terms (used for posts, not for claims).
   */
  public static TextProfile of(String text, boolean arabizi) {
    Builder b = new Builder(arabizi);
    TextNormalizer.standard().tokenize(text, b::word);
    return b.build();
  }

  /** 64-bit hash of a char range (FNV-1a folded through a finaliser). */
  static long hash(char[] b, int off, int len) {
    long h = 0xcbf29ce484222325L;
    for (int i = off; i < off + len; i++) {
      h ^= b[i];
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /**
   * Hash of a stem with its remaining one-letter proclitics (و ف ب ل ك) and the article stripped and long
   * vowels (ا و ي) dropped after the first letter: a coarse consonant skeleton, so that بكورونا, كورونا and
   * كرونا meet.
   */
  static long rootHash(char[] b, int len) {
    int start = 0;
    while (len - start > 3 && (b[start] == '\u0648' || b[start] == '\u0641' || b[start] == '\u0628'
        || b[start] == '\u0644' || b[start] == '\u0643')) {
      start++;
    }
    if (len - start > 3 && b[start] == '\u0627' && b[start + 1] == '\u0644') {
      start += 2;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = start; i < len; i++) {
      char c = b[i];
      if (i > start && (c == '\u0627' || c == '\u0648' || c == '\u064A')) {
        continue;
      }
      h ^= c;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /**
   * A term's hash with its lowest bit telling its script: 1 for a word in Latin letters (or digits), 0 for Arabic
   * script. A background counted over one script then leaves the other's words to the pool's own counts.
   */
  static long scripted(long hash, char first) {
    return (hash & ~1L) | (first < 0x0600 ? 1 : 0);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private static final class Builder {
    private final boolean arabizi;
    private final CharArraySet stop = StopWords.set();
    private long[] terms = new long[32];
    private int termCount;
    private long[] roots = new long[32];
    private int rootCount;
    private long[] bigrams = new long[32];
    private int bigramCount;
    private long[] numbers = new long[4];
    private int numberCount;
    private int[] grams = new int[128];
    private int gramCount;
    private long previousTerm;
    private final char[] stemBuffer = new char[TextNormalizer.MAX_TOKEN_CHARS + 2];
    private int wordCount;

    Builder(boolean arabizi) {
      this.arabizi = arabizi;
    }

    void word(char[] buffer, int length, int start, int end) {
      if (wordCount++ > 4096) {
        return;
      }
      // character 4-grams over "␣word␣", all words (stop words included: they carry phrasing)
      stemBuffer[0] = ' ';
      System.arraycopy(buffer, 0, stemBuffer, 1, length);
      stemBuffer[length + 1] = ' ';
      int total = length + 2;
      for (int i = 0; i + 4 <= total || (i == 0 && total < 4); i++) {
        int n = Math.min(4, total - i);
        grams = push(grams, gramCount++, (int) hash(stemBuffer, i, n));
      }
      boolean digits = true;
      for (int i = 0; i < length; i++) {
        if (buffer[i] < '0' || buffer[i] > '9') {
          digits = false;
          break;
        }
      }
      if (digits) {
        numbers = push(numbers, numberCount++, hash(buffer, 0, length));
      }
      if (stop.contains(buffer, 0, length)) {
        return;
      }
      if (arabizi && buffer[0] >= 0x0600) {
        String word = new String(buffer, 0, length);
        List<String> msa = Darija.standard().candidates(word);
        candidates(msa);
        if (!msa.isEmpty() && Darija.standard().isLexical(word)) {
          return; // الدراري counts as الاطفال only: an MSA statement never writes the Darija word
        }
      }
      System.arraycopy(buffer, 0, stemBuffer, 0, length);
      int stemmed = ArabicLightStemmer.stem(stemBuffer, length);
      long term = scripted(hash(stemBuffer, 0, stemmed), stemBuffer[0]);
      terms = push(terms, termCount++, term);
      roots = push(roots, rootCount++, scripted(rootHash(stemBuffer, stemmed), stemBuffer[0]));
      if (previousTerm != 0) {
        bigrams = push(bigrams, bigramCount++, mix(previousTerm * 31 + term));
      }
      previousTerm = term;
      if (arabizi && buffer[0] < 0x80) {
        String word = new String(buffer, 0, length);
        if (Arabizi.standard().isArabizi(word)) {
          candidates(Darija.standard().withCandidates(Arabizi.standard().candidates(word)));
        }
      }
    }

    /** Adds other spellings of a word (Arabizi, Darija) as terms, unless they are stop words. */
    private void candidates(List<String> words) {
      for (String candidate : words) {
        char[] c = candidate.toCharArray();
        if (stop.contains(c, 0, c.length)) {
          continue;
        }
        int n = ArabicLightStemmer.stem(c, c.length);
        terms = push(terms, termCount++, scripted(hash(c, 0, n), c[0]));
        roots = push(roots, rootCount++, scripted(rootHash(c, n), c[0]));
      }
    }

    TextProfile build() {
      return new TextProfile(distinct(terms, termCount), distinct(roots, rootCount), distinct(bigrams, bigramCount),
          numberCount == 0 ? NO_LONGS : distinct(numbers, numberCount), distinct(grams, gramCount));
    }

    private static long[] push(long[] a, int i, long v) {
      if (i == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[i] = v;
      return a;
    }

    private static int[] push(int[] a, int i, int v) {
      if (i == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[i] = v;
      return a;
    }

    private static long[] distinct(long[] a, int n) {
      Arrays.sort(a, 0, n);
      int w = 0;
      for (int i = 0; i < n; i++) {
        if (w == 0 || a[w - 1] != a[i]) {
          a[w++] = a[i];
        }
      }
      return Arrays.copyOf(a, w);
    }

    private static int[] distinct(int[] a, int n) {
      Arrays.sort(a, 0, n);
      int w = 0;
      for (int i = 0; i < n; i++) {
        if (w == 0 || a[w - 1] != a[i]) {
          a[w++] = a[i];
        }
      }
      return Arrays.copyOf(a, w);
    }
  }

  static int intersect(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        n++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  static int intersect(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        n++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
