package org.tawasul.text.analysis;

/**
 * Light stemmer for normalised Arabic and Darija words (Light10 style, as Lucene's ArabicStemmer, plus the Darija
 * genitive {@code دال}): strips one article or conjunction prefix, then common suffixes, keeping at least two
 * letters. Works in place on a char buffer; stateless.
 */
public final class ArabicLightStemmer {

  private static final char[][] PREFIXES = {
      "وال".toCharArray(), "بال".toCharArray(), "كال".toCharArray(), "فال".toCharArray(), "دال".toCharArray(),
      "لل".toCharArray(), "ال".toCharArray(), "و".toCharArray()};

  private static final char[][] SUFFIXES = {
      "ها".toCharArray(), "ان".toCharArray(), "ات".toCharArray(), "ون".toCharArray(), "ين".toCharArray(),
      "يه".toCharArray(), "ه".toCharArray(), "ي".toCharArray()};

  private ArabicLightStemmer() {}

  /** Stems {@code buffer[0..length)} in place and returns the new length; non-Arabic words are left alone. */
  public static int stem(char[] buffer, int length) {
    if (length < 3 || buffer[0] < 0x0621 || buffer[0] > 0x06FF) {
      return length;
    }
    int start = 0;
    for (char[] prefix : PREFIXES) {
      int min = prefix.length == 1 ? 4 : 2; // a lone و only on words of four letters or more
      if (length - prefix.length >= (prefix.length == 1 ? 3 : min) && startsWith(buffer, length, prefix)) {
        start = prefix.length;
        break;
      }
    }
    int end = length;
    for (char[] suffix : SUFFIXES) {
      if (end - start - suffix.length >= 2 && endsWith(buffer, start, end, suffix)) {
        end -= suffix.length;
      }
    }
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
    }
    return end - start;
  }

  private static boolean startsWith(char[] b, int len, char[] p) {
    if (p.length > len) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (b[i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(char[] b, int start, int end, char[] s) {
    if (end - start < s.length) {
      return false;
    }
    for (int i = 0; i < s.length; i++) {
      if (b[end - s.length + i] != s[i]) {
        return false;
      }
    }
    return true;
  }
}
