package org.tawasul.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Darija in Arabic script, read towards the Modern Standard Arabic in which statements and fact-checks are written:
 * the MSA candidates of a Darija word, in the {@link TextNormalizer} form, so that "عصابة كتختطف الدراري قدام
 * مدرسة" meets "عصابة تختطف الأطفال أمام مدرسة".
 *
 * <ul>
 *   <li>A lexicon of frequent Darija words that MSA says otherwise ({@code الدراري} → {@code الأطفال},
 *       {@code البوليس} → {@code الشرطة}, {@code قدام} → {@code أمام}, {@code الطوموبيل} → {@code السيارة}), with the
 *       article and a one-letter proclitic carried over ({@code فالطوموبيل} → {@code السيارة}).</li>
 *   <li>The aspect and future prefixes before an imperfective verb: {@code ك/كا/كي/تا/غا} + {@code ي/ت/ن}
 *       ({@code كيسبب} → {@code يسبب}, {@code كتختطف} → {@code تختطف}, {@code غايطيح} → {@code يطيح}).</li>
 *   <li>The negation {@code ما…ش} around a word ({@code ماكاينش} → {@code كاين}, {@code مابغاش} → {@code بغا}).</li>
 * </ul>
 *
 * The word itself is always kept by the callers (a candidate is added beside it, like a synonym), so an MSA word
 * that merely looks like Darija ({@code كتاب}) still matches as itself. Immutable and thread-safe.
 */
public final class Darija {

  /**
   * One pair a line, both normalised at start-up: {@code darija=msa} for a word that only Darija uses (a post's word
   * then counts as its MSA equivalent), {@code darija~msa} for a word that MSA also uses with another meaning
   * ({@code الحبس}, {@code بوليسي}, {@code الخدمة}): the MSA candidate is added beside the word.
   */
  private static final String LEXICON = """
      دراري=اطفال
      الدراري=الاطفال
      الدري=الطفل
      وليدات=اطفال
      بوليس=شرطه
      البوليس=الشرطه
      البوليسيه=الشرطه
      الكوميساريه=الشرطه
      كوميساريه=شرطه
      الجدارميه=الدرك
      جدارمي=دركي
      قدام=امام
      مور=خلف
      طوموبيل=سياره
      الطوموبيل=السياره
      طونوبيل=سياره
      الطونوبيل=السياره
      الطوموبيلات=السيارات
      كاميو=شاحنه
      الكاميو=الشاحنه
      كاميون=شاحنه
      الكاميون=الشاحنه
      طوبيس=حافله
      الطوبيس=الحافله
      الكار=الحافله
      موطور=دراجه
      الموطور=الدراجه
      الشيفور=السائق
      شيفور=سائق
      فلوس=المال
      الفلوس=المال
      الزنقه=الشارع
      زنقه=شارع
      الحومه=الحي
      السبيطار=المستشفي
      سبيطار=مستشفي
      الصبيطار=المستشفي
      الشفار=السارق
      شفار=سارق
      الشفارة=اللصوص
      شفرو=سرقوا
      كيشفرو=يسرقون
      شدو=اعتقلوا
      شدوه=اعتقلوه
      شدوهم=اعتقلوهم
      تشدو=اعتقلوا
      خطفو=اختطفوا
      مراتو=زوجته
      مراته=زوجته
      مرتو=زوجته
      راجلها=زوجها
      المرا=المراه
      مرا=امراه
      البارح=امس
      بغا=اراد
      شاف=راي
      شافو=راوا
      عيط=اتصل
      الدوا=الدواء
      الما=الماء
      الضو=الكهرباء
      الليصانص=البنزين
      المازوط=الغازوال
      القرقوبي=الاقراص المهلوسه
      الشيرا=الحشيش
      الماحيا=الكحول
      الماتش=المباراه
      ماتش=مباراه
      الكوره=الكره
      الفيس=فيسبوك
      الفايسبوك=فيسبوك
      الواتساب=واتساب
      دري~طفل
      بوليسي~شرطي
      البوليسي~الشرطي
      الحبس~السجن
      حبس~سجن
      شفر~سرق
      تشد~اعتقل
      مات~توفي
      ماتو~توفوا
      الحوت~السمك
      الخدمه~العمل
      خدمه~عمل
      المخزن~السلطات
      الدرب~الحي
      الراجل~الرجل
      """;

  private static final Darija STANDARD = new Darija();

  private final Map<String, List<String>> lexicon = new HashMap<>();

  private final Set<String> darijaOnly = new HashSet<>();

  private Darija() {
    TextNormalizer normalizer = TextNormalizer.standard();
    for (String line : LEXICON.strip().split("\n")) {
      boolean only = line.contains("=");
      String[] pair = line.strip().split(only ? "=" : "~");
      List<String> darija = normalizer.tokens(pair[0]);
      if (darija.size() == 1) {
        lexicon.computeIfAbsent(darija.getFirst(), k -> new ArrayList<>()).addAll(normalizer.tokens(pair[1]));
        if (only) {
          darijaOnly.add(darija.getFirst());
        }
      }
    }
  }

  /** The shared instance. */
  public static Darija standard() {
    return STANDARD;
  }

  /**
   * True when the word (alone or behind a one-letter proclitic) is one that only Darija uses, which a statement in
   * MSA will not contain.
   */
  public boolean isLexical(String word) {
    String known = lexiconForm(word);
    return known != null && darijaOnly.contains(known);
  }

  /** The word as the lexicon lists it: itself, or without a one-letter proclitic; null when it lists neither. */
  private String lexiconForm(String word) {
    if (word == null) {
      return null;
    }
    if (lexicon.containsKey(word)) {
      return word;
    }
    if (word.length() > 3 && "وفبل".indexOf(word.charAt(0)) >= 0 && lexicon.containsKey(word.substring(1))) {
      return word.substring(1); // فالطوموبيل, بالبوليس, والدراري
    }
    return null;
  }

  /**
   * The MSA candidates of a normalised Arabic-script word (empty when it reads as MSA already or is unknown). Never
   * contains the word itself.
   */
  public List<String> candidates(String word) {
    if (word == null || word.length() < 2 || word.charAt(0) < 0x0600 || word.charAt(0) > 0x06FF) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    String known = lexiconForm(word);
    if (known != null) {
      out.addAll(lexicon.get(known));
    }
    String verb = withoutAspect(word);
    if (verb != null) {
      out.add(verb);
    }
    if (word.length() >= 5 && word.charAt(0) == '\u0645' && word.charAt(1) == '\u0627'
        && word.charAt(word.length() - 1) == '\u0634') {
      String negated = word.substring(2, word.length() - 1); // ماكاينش → كاين
      out.add(negated);
      String inner = withoutAspect(negated); // ماكيخدمش → يخدم
      if (inner != null) {
        out.add(inner);
      }
    }
    return out;
  }

  /**
   * The words followed by their MSA candidates, without repeats: for the Arabic-script candidates of an Arabizi word
   * ({@code drari} → {@code دراري} → {@code اطفال}).
   */
  public List<String> withCandidates(List<String> words) {
    List<String> out = new ArrayList<>(words);
    for (String word : words) {
      for (String candidate : candidates(word)) {
        if (!out.contains(candidate)) {
          out.add(candidate);
        }
      }
    }
    return out;
  }

  /** {@code كيسبب} → {@code يسبب}: the imperfective verb after an aspect or future prefix, or null. */
  private static String withoutAspect(String word) {
    int prefix;
    if (word.startsWith("\u0643\u0627") || word.startsWith("\u0643\u064A") || word.startsWith("\u062A\u0627")
        || word.startsWith("\u063A\u0627")) {
      prefix = 2; // كا كي تا غا
    } else if (word.charAt(0) == '\u0643') {
      prefix = 1; // ك
    } else {
      return null;
    }
    if (word.length() - prefix < (prefix == 1 ? 4 : 3)) {
      return null; // كتاب stays a book
    }
    char next = word.charAt(prefix);
    if (prefix == 2 && word.charAt(1) == '\u064A') {
      return word.substring(1); // كيسبب → يسبب (the ي is the verb's own)
    }
    return next == '\u064A' || next == '\u062A' || next == '\u0646' ? word.substring(prefix) : null;
  }
}
