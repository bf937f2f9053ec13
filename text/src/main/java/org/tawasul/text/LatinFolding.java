package org.tawasul.text;

import java.text.Normalizer;

/** Accent folding for lower-case Latin letters: é → e, ç → c, œ → oe, ß → ss. Immutable table built once. */
final class LatinFolding {

  private static final int FIRST = 0x00C0;
  private static final int LAST = 0x1EFF;
  private static final String[] TABLE = build();

  private LatinFolding() {}

  /** The folded form of a lower-case Latin letter, or {@code null} when it folds to itself. */
  static String fold(int cp) {
    if (cp < FIRST || cp > LAST) {
      return null;
    }
    return TABLE[cp - FIRST];
  }

  private static String[] build() {
    String[] table = new String[LAST - FIRST + 1];
    for (int cp = FIRST; cp <= LAST; cp++) {
      String special = switch (cp) {
        case 0x00DF -> "ss";
        case 0x00E6 -> "ae";
        case 0x0153 -> "oe";
        case 0x00F8 -> "o";
        case 0x0111 -> "d";
        case 0x0142 -> "l";
        case 0x0131 -> "i";
        case 0x00F0 -> "d";
        case 0x00FE -> "th";
        default -> null;
      };
      if (special != null) {
        table[cp - FIRST] = special;
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder(2);
      for (int i = 0; i < decomposed.length(); i++) {
        char c = decomposed.charAt(i);
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          base.append(Character.toLowerCase(c));
        }
      }
      String folded = base.toString();
      if (!folded.isEmpty() && !folded.equals(new String(Character.toChars(cp))) && isAscii(folded)) {
        table[cp - FIRST] = folded;
      }
    }
    return table;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
