package org.tawasul.text;

import java.util.Set;

/**
 * Word-counting language guess: script shares, then Darija (marker words, progressive verbs, the words of
 * {@link Darija}'s lexicon), Arabizi, French and English marker words.
 */
final class LanguageGuesser {

  private static final Set<String> DARIJA = Set.of(
      "ديال", "ديالو", "ديالها", "ديالهم", "ديالي", "ديالك", "واش", "بزاف", "ماشي", "دابا", "هادشي", "هاد",
      "هادي", "هادا", "غادي", "غاديه", "كاين", "كاينه", "كاينين", "علاش", "فين", "شنو", "اشنو", "شكون", "خويا", "بغيت",
      "بغا", "راه", "راهم", "راها", "مزيان", "والو", "كيفاش", "البارح", "ملي", "بلي", "باش", "حنا", "نتوما", "ديالنا",
      "عندك", "شي", "شحال", "بحال", "دغيا", "زعما", "مكاينش", "ماكاينش", "فهاد", "لهاد", "قدام", "لور", "كولشي",
      "صافي", "واخا", "تا", "كيقول", "كيقولو", "كتقول", "دار", "دارو", "جا", "جاو", "عطا");

  private static final Set<String> ARABIZI = Set.of(
      "dyal", "dial", "wach", "wash", "bzaf", "bzzaf", "machi", "daba", "ghadi", "kayn", "kayna", "kaynin", "3la",
      "3lach", "fin", "chno", "achno", "chkoun", "khoya", "bghit", "rah", "raha", "rahom", "mzyan", "mezyan", "walo",
      "wallo", "kifach", "lbare7", "mli", "bli", "bach", "hna", "7na", "ntoma", "3ndk", "3andek", "chi", "ch7al",
      "b7al", "had", "hadi", "hada", "hadchi", "wlad", "lmghrib", "lmaghrib", "safi", "wakha", "za3ma", "inchallah",
      "wlah", "wallah", "khay", "khti", "mama", "bzf", "ila", "ana", "nta", "nti", "howa", "hiya", "homa", "kolchi");

  private static final Set<String> FRENCH = Set.of(
      "le", "la", "les", "de", "des", "du", "et", "est", "une", "un", "pour", "que", "qui", "dans", "pas", "sur",
      "avec", "au", "aux", "ce", "cette", "il", "elle", "sont", "par", "en", "ne", "plus", "se", "son", "sa", "ses",
      "nous", "vous", "leur", "mais", "ou", "comme", "tout", "etait", "ete", "selon", "apres", "sans", "police");

  private static final Set<String> ENGLISH = Set.of(
      "the", "and", "is", "of", "to", "in", "that", "it", "for", "on", "with", "are", "was", "this", "be", "by",
      "from", "at", "as", "have", "has", "not", "they", "you", "we", "he", "she", "his", "her", "will", "been");

  private LanguageGuesser() {}

  static LanguageGuess guess(TextNormalizer normalizer, String text) {
    int[] counts = new int[7]; // arabic, latin, darija, arabizi, french, english, total
    normalizer.tokenize(text, (buffer, length, start, end) -> {
      char first = buffer[0];
      boolean digitsOnly = true;
      for (int i = 0; i < length; i++) {
        if (buffer[i] < '0' || buffer[i] > '9') {
          digitsOnly = false;
          break;
        }
      }
      if (digitsOnly) {
        return;
      }
      counts[6]++;
      if (first >= 0x0600 && first <= 0x08FF) {
        counts[0]++;
        String word = new String(buffer, 0, length);
        if (DARIJA.contains(word) || isDarijaVerb(word) || Darija.standard().isLexical(word)) {
          counts[2]++;
        }
      } else if (first < 0x250) {
        counts[1]++;
        String word = new String(buffer, 0, length);
        if (ARABIZI.contains(word) || Arabizi.hasArabiziDigit(buffer, length)) {
          counts[3]++;
        }
        if (FRENCH.contains(word)) {
          counts[4]++;
        }
        if (ENGLISH.contains(word)) {
          counts[5]++;
        }
      }
    });
    int total = counts[6];
    if (total == 0) {
      return LanguageGuess.NONE;
    }
    double arabicShare = counts[0] / (double) total;
    double latinShare = counts[1] / (double) total;
    Script script = arabicShare >= 0.8 ? Script.ARABIC
        : latinShare >= 0.8 ? Script.LATIN
        : arabicShare + latinShare > 0 ? Script.MIXED : Script.UNKNOWN;
    if (counts[0] == 0 && counts[1] == 0) {
      return new LanguageGuess(Language.UNKNOWN, script, 0.0);
    }
    if (counts[0] >= counts[1]) {
      int darija = counts[2];
      if (darija >= 2 || (darija == 1 && counts[0] <= 12)) {
        return new LanguageGuess(Language.DARIJA, script, Math.min(1.0, 0.5 + darija / (double) counts[0]));
      }
      return new LanguageGuess(Language.MSA, script, arabicShare);
    }
    int arabizi = counts[3];
    int french = counts[4];
    int english = counts[5];
    if (arabizi > 0 && arabizi >= french && arabizi >= english) {
      return new LanguageGuess(Language.ARABIZI, script, Math.min(1.0, 0.5 + arabizi / (double) counts[1]));
    }
    if (french == 0 && english == 0) {
      return new LanguageGuess(Language.UNKNOWN, script, 0.0);
    }
    Language language = french >= english ? Language.FRENCH : Language.ENGLISH;
    return new LanguageGuess(language, script, Math.min(1.0, 0.5 + Math.max(french, english) / (double) counts[1]));
  }

  /** Darija progressive verbs: كي + verb (كيقول، كيرد، كيتعرف), not كيف, كيلو, كيمياء, كيان. */
  private static boolean isDarijaVerb(String word) {
    return word.length() >= 4 && word.startsWith("كي") && !word.startsWith("كيف") && !word.startsWith("كيل")
        && !word.startsWith("كيم") && !word.startsWith("كيان");
  }
}
