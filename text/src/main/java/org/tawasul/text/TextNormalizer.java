package org.tawasul.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a citizen's post, a truth statement or an article into the canonical form used for matching, so that the
 * same rumour copied, re-punctuated, decorated with hashtags and emojis, or written with other Arabic letter
 * variants compares equal.
 *
 * <p>Rules, applied in one pass over the text (after Unicode NFKC when the text holds compatibility characters such
 * as Arabic presentation forms):
 * <ul>
 *   <li>alef forms (أ إ آ ٱ) become ا, alef maksura ى becomes ي, teh marbuta ة becomes ه, ؤ becomes و, ئ becomes ي,
 *       a lone hamza ء is dropped; Persian/Maghrebi letters fold to their Arabic base (ڭ ݣ گ ک → ك, ڤ → ف,
 *       پ → ب, چ → ج, ی → ي);</li>
 *   <li>harakat, Quranic marks and tatweel (ـ) are removed; a letter repeated three times or more is squeezed
 *       to one (جداااا → جدا, coooool → col), doubled letters are kept;</li>
 *   <li>Arabic-Indic (٠-٩), Eastern (۰-۹) and other Unicode digits become ASCII digits;</li>
 *   <li>links (http, www, bare domains with a path) and @mentions are dropped; hashtags are split into their
 *       words on underscores and camel case (#إلا_رسول_الله → إلا رسول الله, #FakeNews → fake news);</li>
 *   <li>emojis, punctuation and symbols separate words and never reach the matching text;</li>
 *   <li>Latin letters are lower-cased and their accents folded (é → e, ç → c, œ → oe, ß → ss);</li>
 *   <li>a word switches at a change between Arabic letters and Latin letters or digits, while Latin letters and
 *       digits stay together so that Arabizi words ({@code 3ndk}, {@code 7na}) and codes ({@code covid19})
 *       survive.</li>
 * </ul>
 *
 * <p>The result is a sequence of words separated by single spaces; normalising it again gives the same string.
 * Instances are immutable and thread-safe; the methods never throw on any {@link String} (empty, emoji-only,
 * unpaired surrogates, megabytes long): such input gives an empty or shorter result.
 */
public final class TextNormalizer {

  /** Longest input looked at, in chars; the rest of a longer text is ignored (about 2 MB of UTF-16). */
  public static final int MAX_INPUT_CHARS = 1 << 20;

  /** Longest word kept, in chars; longer words (after squeezing elongations) are cut into pieces of this length. */
  public static final int MAX_TOKEN_CHARS = 64;

  /** Longest run of letters buffered before squeezing and cutting; longer runs are split there. */
  private static final int MAX_WORD_BUFFER = 4096;

  private static final TextNormalizer DEFAULT = new TextNormalizer();

  /** Receives the words of a text one at a time, without allocating a string per word. */
  @FunctionalInterface
  public interface TokenSink {
    /**
     * One normalised word.
     *
     * @param buffer characters of the word, valid only during the call
     * @param length number of characters in {@code buffer}
     * @param start offset of the word's first char in the (NFKC) input
     * @param end offset after the word's last char in the (NFKC) input
     */
    void token(char[] buffer, int length, int start, int end);
  }

  private TextNormalizer() {}

  /** The shared normaliser; it holds no state, so one instance serves every thread. */
  public static TextNormalizer standard() {
    return DEFAULT;
  }

  /**
   * The canonical matching form of {@code text}: normalised words joined by single spaces, empty when the text has
   * no word (only emojis, punctuation, links).
   */
  public String normalize(String text) {
    StringBuilder out = new StringBuilder(Math.min(text == null ? 0 : text.length(), MAX_INPUT_CHARS));
    tokenize(text, (buffer, length, start, end) -> {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(buffer, 0, length);
    });
    return out.toString();
  }

  /** The normalised words of {@code text}, in order. */
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    tokenize(text, (buffer, length, start, end) -> out.add(new String(buffer, 0, length)));
    return out;
  }

  /** Guesses the script and the language (MSA, Darija, Arabizi, French, English) of a text. */
  public LanguageGuess guess(String text) {
    return LanguageGuesser.guess(this, text);
  }

  /**
   * Streams the normalised words of {@code text} to {@code sink}. This is the allocation-free primitive behind
   * {@link #normalize(String)}, the search analyzers and the near-duplicate signatures.
   */
  public void tokenize(String text, TokenSink sink) {
    if (text == null || text.isEmpty()) {
      return;
    }
    String input = text.length() > MAX_INPUT_CHARS ? text.substring(0, MAX_INPUT_CHARS) : text;
    if (needsNfkc(input)) {
      input = Normalizer.normalize(input, Normalizer.Form.NFKC);
    }
    new Pass(input, sink).run();
  }

  /**
   * True when NFKC may change the text in a way the single pass below does not already cover: compatibility
   * characters (Arabic presentation forms, ligatures, full-width and mathematical letters, super- and subscripts,
   * enclosed alphanumerics, compatibility spaces). Emojis, quotes, accented letters and combining marks need no
   * NFKC here: marks are dropped and accented Latin letters are folded anyway.
   */
  static boolean needsNfkc(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0xA0) {
        continue;
      }
      if ((c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0xFF00 && c <= 0xFFEF)
          || (c >= 0x0675 && c <= 0x0678) || (c >= 0x2070 && c <= 0x209F) || (c >= 0x2100 && c <= 0x214F)
          || (c >= 0x2150 && c <= 0x218F) || (c >= 0x2460 && c <= 0x24FF) || (c >= 0x3200 && c <= 0x33FF)
          || (c >= 0x2000 && c <= 0x200A) || c == 0x00A0 || c == 0x00B2 || c == 0x00B3 || c == 0x00B9
          || (c >= 0x00BC && c <= 0x00BE) || c == 0x00AA || c == 0x00BA || c == 0x00B5 || c == 0x0132
          || c == 0x0133 || c == 0x013F || c == 0x0140 || c == 0x0149 || c == 0x017F || (c >= 0x01C4 && c <= 0x01CC)
          || (c >= 0x02B0 && c <= 0x02B8) || (c >= 0x1D2C && c <= 0x1DBF) || c == 0x2024 || c == 0x2025
          || c == 0x2026 || c == 0x3000 || (c >= 0xFE10 && c <= 0xFE6F)) {
        return true;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n) {
        int cp = Character.toCodePoint(c, s.charAt(i + 1));
        if (cp >= 0x1D400 && cp <= 0x1D7FF || cp >= 0x1EE00 && cp <= 0x1EEFF || cp >= 0x1F100 && cp <= 0x1F1FF) {
          return true; // mathematical letters, Arabic mathematical letters, enclosed alphanumerics
        }
      }
    }
    return false;
  }

  // character classes produced by classify()
  static final int SKIP = 0; // removed without splitting the word (diacritics, tatweel, lone hamza)
  static final int SEPARATOR = 1;
  static final int ARABIC = 2;
  static final int LATIN = 3;
  static final int DIGIT = 4;
  static final int OTHER_LETTER = 5;

  /** {@link #foldArabicSlow} precomputed for the main Arabic block U+0600–U+06FF. Never modified. */
  private static final char[] ARABIC_BLOCK = buildArabicBlock();

  private static char[] buildArabicBlock() {
    char[] table = new char[0x100];
    for (int c = 0x0600; c <= 0x06FF; c++) {
      table[c - 0x0600] = foldArabicSlow(c);
    }
    return table;
  }

  /** Maps an Arabic code point to its folded letter, or 0 when it is not a letter. */
  static char foldArabic(int c) {
    if (c >= 0x0600 && c <= 0x06FF) {
      return ARABIC_BLOCK[c - 0x0600];
    }
    return c >= 0x0750 && c <= 0x077F ? foldArabicSlow(c) : 0;
  }

  private static char foldArabicSlow(int c) {
    switch (c) {
      case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
        return '\u0627';
      case 0x0624:
        return '\u0648';
      case 0x0626, 0x0649, 0x06CC, 0x06D0, 0x06D2:
        return '\u064A';
      case 0x0629, 0x06C1, 0x06D5:
        return '\u0647';
      case 0x06A9, 0x06AA, 0x06AB, 0x06AD, 0x06AF, 0x0763:
        return '\u0643';
      case 0x06A4, 0x06A1, 0x06A2, 0x06A3, 0x06A5:
        return '\u0641';
      case 0x067E:
        return '\u0628';
      case 0x0686:
        return '\u062C';
      case 0x0698:
        return '\u0632';
      default:
        break;
    }
    if ((c >= 0x0627 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A)) {
      return (char) c;
    }
    if ((c >= 0x066E && c <= 0x06D3) || (c >= 0x06EE && c <= 0x06EF) || (c >= 0x06FA && c <= 0x06FF)
        || (c >= 0x0750 && c <= 0x077F)) {
      return (char) c;
    }
    return 0;
  }

  static boolean isArabicMark(int c) {
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED && c != 0x06E5 && c != 0x06E6)
        || (c >= 0x0610 && c <= 0x061A) || c == 0x0640 || c == 0x0621 || (c >= 0x08D3 && c <= 0x08FF);
  }

  /** One run over one text; holds the word buffer. */
  private static final class Pass {
    private final String s;
    private final TokenSink sink;
    private char[] buf = new char[32];
    private int len;
    private int start = -1;
    private int end;
    private int kind; // LATIN_OR_DIGIT vs ARABIC vs OTHER for the current word; 0 when empty
    private boolean hashtag;
    private int previousClass = SEPARATOR;
    private boolean previousLower;

    Pass(String s, TokenSink sink) {
      this.s = s;
      this.sink = sink;
    }

    void run() {
      final String s = this.s;
      final int n = s.length();
      int i = 0;
      while (i < n) {
        char ch = s.charAt(i);
        if (ch <= ' ' || Character.isWhitespace(ch)) {
          flush();
          hashtag = false;
          previousClass = SEPARATOR;
          i++;
          continue;
        }
        if (previousClass == SEPARATOR || !isWordChar(ch)) {
          int skipped = skipLinkOrMention(i);
          if (skipped > i) {
            flush();
            hashtag = false;
            previousClass = SEPARATOR;
            i = skipped;
            continue;
          }
        }
        if (ch == '#' || ch == '\uFF03') {
          flush();
          hashtag = i + 1 < n && isWordChar(s.charAt(i + 1));
          previousClass = SEPARATOR;
          i++;
          continue;
        }
        int cp = s.codePointAt(i);
        int width = Character.charCount(cp);
        i += width;
        if (Character.isSurrogate((char) cp)) {
          flush();
          previousClass = SEPARATOR;
          continue;
        }
        char arabic = foldArabic(cp);
        if (arabic != 0) {
          if (kind != 0 && kind != ARABIC) {
            flush();
          }
          append(arabic, ARABIC, i - width, i);
          previousClass = ARABIC;
          continue;
        }
        if (isArabicMark(cp)) {
          continue;
        }
        if (cp >= '0' && cp <= '9') {
          appendDigit((char) cp, i - width, i);
          continue;
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
          appendDigit((char) ('0' + cp - 0x0660), i - width, i);
          continue;
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
          appendDigit((char) ('0' + cp - 0x06F0), i - width, i);
          continue;
        }
        if (cp < 0x80) {
          if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
            appendLatin(cp, i - width, i);
          } else {
            // ASCII punctuation and symbols; an underscore splits hashtags like any separator
            flush();
            previousClass = SEPARATOR;
            if (cp != '_' && cp != '-') {
              hashtag = false;
            }
          }
          continue;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
          continue; // accents left after NFKC, zero-width joiners, variation selectors
        }
        if (Character.isDigit(cp)) {
          appendDigit((char) ('0' + Character.digit(cp, 10)), i - width, i);
          continue;
        }
        if (Character.isLetter(cp)) {
          if (isLatinScript(cp)) {
            appendLatin(cp, i - width, i);
          } else {
            if (kind != 0 && kind != OTHER_LETTER) {
              flush();
            }
            int lower = Character.toLowerCase(cp);
            for (char c : Character.toChars(lower)) {
              append(c, OTHER_LETTER, i - width, i);
            }
            previousClass = OTHER_LETTER;
          }
          continue;
        }
        flush(); // emoji, symbol, punctuation, replacement character
        previousClass = SEPARATOR;
      }
      flush();
    }

    private static boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || isArabicMark(c);
    }

    private static boolean isLatinScript(int cp) {
      return cp < 0x0250 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private void appendDigit(char d, int from, int to) {
      if (kind == ARABIC || kind == OTHER_LETTER) {
        flush();
      }
      append(d, LATIN, from, to);
      previousClass = DIGIT;
      previousLower = false;
    }

    private void appendLatin(int cp, int from, int to) {
      if (kind == ARABIC || kind == OTHER_LETTER) {
        flush();
      }
      boolean upper = Character.isUpperCase(cp);
      if (hashtag && upper && previousLower && kind == LATIN) {
        flush(); // camel-case hashtag: #FakeNews → fake news
      }
      previousLower = Character.isLowerCase(cp);
      previousClass = LATIN;
      int lower = Character.toLowerCase(cp);
      if (lower < 0x80) {
        append((char) lower, LATIN, from, to);
        return;
      }
      String folded = LatinFolding.fold(lower);
      if (folded == null) {
        for (char c : Character.toChars(lower)) {
          append(c, LATIN, from, to);
        }
      } else {
        for (int k = 0; k < folded.length(); k++) {
          append(folded.charAt(k), LATIN, from, to);
        }
      }
    }

    private void append(char c, int wordKind, int from, int to) {
      if (len == MAX_WORD_BUFFER) {
        flush();
      }
      if (len == 0) {
        start = from;
        kind = wordKind;
      }
      if (len == buf.length) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      }
      buf[len++] = c;
      end = to;
    }

    private void flush() {
      if (len == 0) {
        kind = 0;
        return;
      }
      int n = squeeze(buf, len);
      if (n <= MAX_TOKEN_CHARS) {
        sink.token(buf, n, start, end);
      } else {
        char[] piece = new char[MAX_TOKEN_CHARS];
        for (int from = 0; from < n; from += MAX_TOKEN_CHARS) {
          int size = Math.min(MAX_TOKEN_CHARS, n - from);
          System.arraycopy(buf, from, piece, 0, size);
          sink.token(piece, size, start, end);
        }
      }
      len = 0;
      kind = 0;
      previousLower = false;
    }

    /**
     * Returns the index after a link or mention starting at {@code i}, or {@code i} when there is none. Links:
     * {@code http://}, {@code https://}, {@code www.}, or a bare domain followed by a path ({@code t.co/x}).
     * Mentions: {@code @} followed by a Latin user name.
     */
    private int skipLinkOrMention(int i) {
      final String s = this.s;
      final int n = s.length();
      char c = s.charAt(i);
      if (c == '@' || c == '\uFF20') {
        int j = i + 1;
        while (j < n && isUserNameChar(s.charAt(j))) {
          j++;
        }
        return j > i + 1 ? j : i;
      }
      if (c == 'h' || c == 'H' || c == 'w' || c == 'W') {
        if (s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8)
            || s.regionMatches(true, i, "www.", 0, 4)) {
          return skipToSpace(i);
        }
      }
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        // bare domain with a path: [a-z0-9.-]+ '.' [a-z]{2,} '/'
        int j = i;
        int lastDot = -1;
        while (j < n) {
          char d = s.charAt(j);
          if (d == '.') {
            lastDot = j;
          } else if (!(d < 0x80 && (Character.isLetterOrDigit(d) || d == '-'))) {
            break;
          }
          j++;
        }
        if (lastDot > i && j < n && s.charAt(j) == '/' && j - lastDot > 2) {
          return skipToSpace(j);
        }
      }
      return i;
    }

    private static boolean isUserNameChar(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private int skipToSpace(int i) {
      int j = i;
      final int n = s.length();
      while (j < n && !Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      return j;
    }
  }

  /**
   * Squeezes letters repeated three times or more to one, in place; digits keep their repeats (1000 stays 1000).
   *
   * @return the new length
   */
  static int squeeze(char[] b, int len) {
    int w = 0;
    int r = 0;
    while (r < len) {
      char c = b[r];
      int run = 1;
      while (r + run < len && b[r + run] == c) {
        run++;
      }
      boolean digit = c >= '0' && c <= '9';
      int keep = digit || run < 3 ? run : 1;
      for (int k = 0; k < keep; k++) {
        b[w++] = c;
      }
      r += run;
    }
    return w;
  }
}
