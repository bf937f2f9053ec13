package org.tawasul.text;

/**
 * Word keys for near-duplicate shingles: the consonant skeleton of a normalised word (article ال and the
 * one-letter conjunctions و/ف dropped when the word is long enough, long vowels ا و ي dropped after the first
 * letter), so that spelling variants (الفيديو / فيديو, بزاف / بزف) and Arabizi transliterations meet.
 */
final class Skeleton {

  private Skeleton() {}

  static long key(char[] b, int len) {
    int start = 0;
    if (len > 3 && (b[0] == '\u0648' || b[0] == '\u0641') && b[1] == '\u0627' && b[2] == '\u0644') {
      start = 1; // وال / فال
    }
    if (len - start > 3 && b[start] == '\u0627' && b[start + 1] == '\u0644') {
      start += 2;
    }
    long h = 0xcbf29ce484222325L;
    for (int i = start; i < len; i++) {
      char c = b[i];
      if (i > start && (c == '\u0627' || c == '\u0648' || c == '\u064A' || c == 'a' || c == 'e' || c == 'i'
          || c == 'o' || c == 'u')) {
        continue;
      }
      h ^= c;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long hash(char[] b, int off, int len) {
    return hash((char) 0, b, off, len);
  }

  /** The hash of the characters {@code first} (when it is not 0) then {@code b[off, off + len)}. */
  static long hash(char first, char[] b, int off, int len) {
    long h = 0xcbf29ce484222325L;
    if (first != 0) {
      h = (h ^ first) * 0x100000001b3L;
    }
    for (int i = off; i < off + len; i++) {
      h ^= b[i];
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
