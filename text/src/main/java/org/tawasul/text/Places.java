package org.tawasul.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Moroccan cities a post names, as a 64-bit set (one bit per city), so that two events told with the same
 * template in two cities ("حادثة سير خطيرة قرب مراكش" / "... قرب طنجة") are not grouped as one rumour. Each city has its Arabic, French and
 * common Darija spellings ({@code كازا}, {@code casa}); a normalised word is looked up as it is, without a
 * one-letter proclitic ({@code فطنجة}, {@code بمراكش}, {@code فالرباط}) and with {@code لل} read as {@code ل+ال}
 * ({@code للرباط}). Exact spellings rather than consonant skeletons, because skeletons of short names meet common
 * words ({@code فاس} and {@code الفيس}, Facebook). Names that are also common words are left out or only read as a
 * pair: {@code العيون} (eyes), {@code الجديدة} (new), {@code بركان} (volcano), {@code البيضاء} alone (white).
 * Immutable and thread-safe.
 */
final class Places {

  /** One city a line: its spellings, a pair of words written with a space. */
  private static final String[] CITIES = {
      "الرباط|rabat|rbat",
      "الدار البيضاء|كازا|كازابلانكا|casa|casablanca|kaza",
      "طنجة|tanger|tangier|tanja",
      "فاس|fes|fez",
      "مراكش|مراكيش|marrakech|marrakesh|marrakch",
      "مكناس|meknes|meknas",
      "أكادير|أغادير|agadir",
      "وجدة|oujda|wjda",
      "تطوان|tetouan|tetuan|tetouane",
      "القنيطرة|kenitra|qnitra",
      "سلا",
      "تمارة|temara",
      "المحمدية|mohammedia",
      "eljadida|el jadida",
      "آسفي|asfi|safi",
      "بني ملال|beni mellal|benimellal",
      "خريبكة|khouribga",
      "الناظور|nador",
      "الحسيمة|hoceima|alhoceima|al hoceima",
      "laayoune|layoune|laayoun",
      "dakhla",
      "كلميم|guelmim",
      "تازة|taza",
      "سطات|settat",
      "برشيد|berrechid",
      "الصويرة|essaouira",
      "ورزازات|ouarzazate",
      "الراشيدية|الرشيدية|errachidia",
      "خنيفرة|khenifra",
      "تارودانت|taroudant",
      "تيزنيت|tiznit",
      "إفران|ifrane",
      "العرائش|larache",
      "القصر الكبير|ksar el kebir|ksar lkbir",
      "شفشاون|الشاون|chefchaouen|chaouen",
      "وزان|ouazzane",
      "سيدي قاسم|sidi kacem",
      "سيدي سليمان|sidi slimane",
      "سيدي بنور|sidi bennour",
      "berkane",
      "الفنيدق|fnideq",
      "مرتيل|martil",
      "إنزكان|انزكان|inezgane",
      "آيت ملول|ait melloul",
      "الخميسات|khemisset",
      "الدريوش|driouch",
      "أزيلال|azilal",
      "ميدلت|midelt",
      "صفرو|sefrou",
      "تاوريرت|taourirt",
      "جرادة|jerada",
      "زاكورة|zagora",
      "طانطان|tantan",
      "السمارة|smara",
      "بن جرير|ابن جرير|benguerir",
      "اليوسفية|youssoufia",
      "الصخيرات|skhirat",
      "بوزنيقة|bouznika",
      "سيدي إفني|sidi ifni",
      "بنسليمان|بن سليمان|benslimane",
      "أصيلة|أصيلا|asilah|assilah",
      "وادي زم|oued zem",
      "قلعة السراغنة|kelaa des sraghna",
      "الفقيه بن صالح|fkih ben salah",
  };

  private static final String PROCLITICS = "\u0628\u0641\u0644\u0643\u0648"; // ب ف ل ك و

  private static final Places INSTANCE = new Places();

  private final long[] keys; // sorted exact keys (Skeleton.hash) of single words and of pairs
  private final long[] bits; // the city bit of each key
  private final long[] filter = new long[16]; // 1,024-bit prefilter of the keys

  private Places() {
    if (CITIES.length > Long.SIZE) {
      throw new IllegalStateException("one bit per city: at most 64 cities");
    }
    List<long[]> entries = new ArrayList<>();
    TextNormalizer normalizer = TextNormalizer.standard();
    for (int city = 0; city < CITIES.length; city++) {
      long bit = 1L << city;
      for (String spelling : CITIES[city].split("\\|")) {
        List<String> words = normalizer.tokens(spelling);
        long key = 0;
        for (String w : words.size() > 2 ? words.subList(words.size() - 2, words.size()) : words) {
          long k = Skeleton.hash(w.toCharArray(), 0, w.length());
          key = key == 0 ? k : pair(key, k);
        }
        entries.add(new long[] {key, bit});
      }
    }
    entries.sort((a, b) -> Long.compare(a[0], b[0]));
    keys = new long[entries.size()];
    bits = new long[entries.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = entries.get(i)[0];
      bits[i] = entries.get(i)[1];
      filter[(int) (keys[i] >>> 60)] |= 1L << (keys[i] & 63);
    }
  }

  static Places standard() {
    return INSTANCE;
  }

  /** The key of two consecutive words. */
  static long pair(long first, long second) {
    return Skeleton.mix(first * 0x9E3779B97F4A7C15L + second);
  }

  /**
   * The key of a normalised word without its one-letter proclitic ({@code لل} read as {@code ل+ال}), or 0 when it
   * has none.
   */
  static long stripped(char[] word, int length) {
    if (length <= 3 || PROCLITICS.indexOf(word[0]) < 0) {
      return 0;
    }
    return word[0] == '\u0644' && word[1] == '\u0644'
        ? Skeleton.hash('\u0627', word, 1, length - 1) // للرباط: ل + الرباط
        : Skeleton.hash(word, 1, length - 1);
  }

  /**
   * The city bit of a word (0 for none), from its {@link Skeleton#hash} and {@link #stripped} keys, alone or as the
   * second word of a pair after the previous word's keys (0 for none).
   */
  long bit(long word, long strippedWord, long previous, long strippedPrevious) {
    long bit = lookup(word) | lookup(strippedWord);
    if (bit == 0 && (previous != 0 || strippedPrevious != 0)) {
      bit = pairBit(previous, word) | pairBit(previous, strippedWord) | pairBit(strippedPrevious, word)
          | pairBit(strippedPrevious, strippedWord);
    }
    return bit;
  }

  private long pairBit(long first, long second) {
    return first == 0 || second == 0 ? 0 : lookup(pair(first, second));
  }

  private long lookup(long key) {
    if (key == 0 || (filter[(int) (key >>> 60)] & 1L << (key & 63)) == 0) {
      return 0;
    }
    int at = Arrays.binarySearch(keys, key);
    return at >= 0 ? bits[at] : 0;
  }
}
