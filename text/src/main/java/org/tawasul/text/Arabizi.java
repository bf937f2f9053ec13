package org.tawasul.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Arabizi: Darija written with Latin letters and digits ({@code 3ndk} عندك, {@code 7na} حنا, {@code 9al} قال,
 * {@code lmghrib} المغرب). Turns such a word into Arabic-script candidates in the {@link TextNormalizer} form, so
 * that an Arabizi post can be matched against Arabic ones.
 *
 * <p>Frequent Darija words come from a small dictionary; other words are transliterated letter by letter (digits:
 * 2 ء/ا, 3 ع, 4 غ, 5 خ, 6 ط, 7 ح, 8 ه, 9 ق; digraphs ch/sh ش, kh خ, gh غ, th ث, dh ذ, ou و; doubled letters once;
 * e dropped). The first candidate writes every vowel as a long vowel (as Darija is usually written), the second
 * drops inner {@code a} and turns a final {@code a} into ة (as MSA writes it), and a word starting with {@code l}
 * plus a consonant also gets the article ال. Immutable and thread-safe.
 */
public final class Arabizi {

  private static final Map<String, String> DICTIONARY = Map.ofEntries(
      Map.entry("dyal", "ديال"), Map.entry("dial", "ديال"), Map.entry("wach", "واش"), Map.entry("wash", "واش"),
      Map.entry("bzaf", "بزاف"), Map.entry("bzzaf", "بزاف"), Map.entry("bzf", "بزاف"), Map.entry("machi", "ماشي"),
      Map.entry("daba", "دابا"), Map.entry("ghadi", "غادي"), Map.entry("kayn", "كاين"), Map.entry("kayna", "كاينه"),
      Map.entry("3la", "علي"), Map.entry("3lach", "علاش"), Map.entry("fin", "فين"), Map.entry("chno", "شنو"),
      Map.entry("f", "في"), Map.entry("fi", "في"), Map.entry("had", "هاد"), Map.entry("hadi", "هادي"),
      Map.entry("hada", "هادا"), Map.entry("hadchi", "هادشي"), Map.entry("rah", "راه"), Map.entry("walo", "والو"),
      Map.entry("wallo", "والو"), Map.entry("bli", "بلي"), Map.entry("bach", "باش"), Map.entry("mli", "ملي"),
      Map.entry("7na", "حنا"), Map.entry("hna", "هنا"), Map.entry("lmghrib", "المغرب"), Map.entry("lmaghrib", "المغرب"),
      Map.entry("lbolis", "البوليس"), Map.entry("korona", "كورونا"), Map.entry("corona", "كورونا"), Map.entry("wlah", "والله"), Map.entry("wallah", "والله"),
      Map.entry("inchallah", "انشاءالله"), Map.entry("ila", "الا"), Map.entry("ana", "انا"), Map.entry("nta", "نتا"),
      Map.entry("howa", "هو"), Map.entry("hiya", "هي"), Map.entry("homa", "هوما"), Map.entry("kolchi", "كلشي"),
      Map.entry("9al", "قال"), Map.entry("galo", "قالو"), Map.entry("9alo", "قالو"), Map.entry("3ndk", "عندك"),
      Map.entry("3andek", "عندك"), Map.entry("mchat", "مشات"), Map.entry("l7oukouma", "الحكومه"),
      Map.entry("l7ukuma", "الحكومه"), Map.entry("lmot", "الموت"), Map.entry("mat", "مات"), Map.entry("dghya", "دغيا"),
      // Darija words that Darija's MSA lexicon (Darija) knows, as they are written in Latin letters
      Map.entry("drari", "دراري"), Map.entry("ddrari", "الدراري"), Map.entry("bolis", "بوليس"),
      Map.entry("lbolice", "البوليس"), Map.entry("kamion", "كاميون"), Map.entry("lkamion", "الكاميون"),
      Map.entry("tomobil", "طوموبيل"), Map.entry("tomobila", "طوموبيل"), Map.entry("ttomobil", "الطوموبيل"),
      Map.entry("tonobil", "طونوبيل"), Map.entry("flous", "فلوس"), Map.entry("lflous", "الفلوس"),
      Map.entry("sbitar", "سبيطار"), Map.entry("lhbs", "الحبس"),
      Map.entry("chfar", "شفار"), Map.entry("chffar", "شفار"), Map.entry("mrato", "مراتو"), Map.entry("derb", "درب"),
      Map.entry("zenqa", "زنقه"), Map.entry("zan9a", "زنقه"), Map.entry("9oddam", "قدام"), Map.entry("qodam", "قدام"));

  private static final Arabizi STANDARD = new Arabizi();

  private Arabizi() {}

  /** The shared transliterator. */
  public static Arabizi standard() {
    return STANDARD;
  }

  /**
   * True when a normalised Latin word looks like Arabizi: a dictionary word, or letters mixed with the digits
   * Arabizi uses for Arabic sounds (2 3 5 6 7 8 9).
   */
  public boolean isArabizi(String word) {
    if (word == null || word.isEmpty()) {
      return false;
    }
    return DICTIONARY.containsKey(word) || hasArabiziDigit(word.toCharArray(), word.length());
  }

  static boolean hasArabiziDigit(char[] buffer, int length) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c == '2' || c == '3' || c == '5' || c == '6' || c == '7' || c == '8' || c == '9') {
        digit = true;
      } else if (c >= 0x80) {
        return false;
      }
    }
    return letter && digit;
  }

  /**
   * Arabic-script candidates for one normalised Latin word, best first, at most four; empty when the word is not
   * Latin letters and digits.
   */
  public List<String> candidates(String word) {
    List<String> out = new ArrayList<>(4);
    if (word == null || word.isEmpty() || word.length() > TextNormalizer.MAX_TOKEN_CHARS) {
      return out;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return out;
      }
    }
    String known = DICTIONARY.get(word);
    if (known != null) {
      out.add(known);
    }
    addDistinct(out, transliterate(word, true));
    addDistinct(out, transliterate(word, false));
    if (word.length() > 2 && word.charAt(0) == 'l' && !isVowel(word.charAt(1))) {
      String withArticle = "ا" + transliterate(word, true);
      addDistinct(out, withArticle);
    }
    while (out.size() > 4) {
      out.removeLast();
    }
    return out;
  }

  /**
   * Rewrites every Arabizi word of a text with its first candidate; other words stay as they are. The result is in
   * normalised form.
   */
  public String transliterateText(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : TextNormalizer.standard().tokens(text)) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (isArabizi(word)) {
        List<String> candidates = candidates(word);
        out.append(candidates.isEmpty() ? word : candidates.getFirst());
      } else {
        out.append(word);
      }
    }
    return out.toString();
  }

  private static void addDistinct(List<String> out, String candidate) {
    if (!candidate.isEmpty() && !out.contains(candidate)) {
      out.add(candidate);
    }
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** Letter-by-letter transliteration; {@code longVowels} keeps inner a as ا, otherwise drops it. */
  static String transliterate(String w, boolean longVowels) {
    StringBuilder out = new StringBuilder(w.length());
    int n = w.length();
    int i = 0;
    char last = 0;
    while (i < n) {
      char c = w.charAt(i);
      char next = i + 1 < n ? w.charAt(i + 1) : 0;
      String piece;
      int step = 1;
      if ((c == 'c' || c == 's') && next == 'h') {
        piece = "ش";
        step = 2;
      } else if (c == 'k' && next == 'h') {
        piece = "خ";
        step = 2;
      } else if (c == 'g' && next == 'h') {
        piece = "غ";
        step = 2;
      } else if (c == 't' && next == 'h') {
        piece = "ث";
        step = 2;
      } else if (c == 'd' && next == 'h') {
        piece = "ذ";
        step = 2;
      } else if (c == 'o' && next == 'u') {
        piece = "و";
        step = 2;
      } else if (c == last && !isVowel(c)) {
        piece = ""; // gemination is written once
      } else {
        piece = switch (c) {
          case 'a' -> i == 0 ? "ا" : (i == n - 1 ? (longVowels ? "ا" : "ه") : (longVowels ? "ا" : ""));
          case 'b', 'p' -> "ب";
          case 'c', 'k', 'g' -> "ك";
          case 'd' -> "د";
          case 'e' -> i == 0 ? "ا" : "";
          case 'f', 'v' -> "ف";
          case 'h', '8' -> "ه";
          case 'i', 'y' -> "ي";
          case 'j' -> "ج";
          case 'l' -> "ل";
          case 'm' -> "م";
          case 'n' -> "ن";
          case 'o', 'u', 'w' -> "و";
          case 'q', '9' -> "ق";
          case 'r' -> "ر";
          case 's' -> "س";
          case 't' -> "ت";
          case 'x' -> "كس";
          case 'z' -> "ز";
          case '2' -> "ا";
          case '3' -> "ع";
          case '4' -> "غ";
          case '5' -> "خ";
          case '6' -> "ط";
          case '7' -> "ح";
          default -> c >= '0' && c <= '9' ? String.valueOf(c) : "";
        };
      }
      if (!piece.isEmpty() && out.length() > 0 && isLongVowelLetter(piece) && endsWith(out, piece)) {
        piece = ""; // "aa", "ii", "ouu": one long vowel
      }
      out.append(piece);
      last = c;
      i += step;
    }
    return out.toString();
  }

  private static boolean isLongVowelLetter(String piece) {
    return piece.equals("ا") || piece.equals("و") || piece.equals("ي");
  }

  private static boolean endsWith(StringBuilder out, String piece) {
    return out.charAt(out.length() - 1) == piece.charAt(0);
  }
}
