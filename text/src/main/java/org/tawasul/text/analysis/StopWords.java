package org.tawasul.text.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.tawasul.text.TextNormalizer;

/**
 * Function words that carry no claim: Lucene's Arabic list plus Darija, French and English ones, all in
 * {@link TextNormalizer} form. The set is read-only.
 */
public final class StopWords {

  private static final String DARIJA = "ديال ديالو ديالها ديالهم ديالي ديالك ديالنا واش هاد هادي هادا هادشي راه راها راهم "
      + "غادي باش بلي ملي فين شنو اشنو علاش كيفاش شي والو فهاد لهاد داك ديك هادوك اللي لي تا حتى غير بحال كاين كاينه "
      + "عاجل شاهد فيديو صور بالفيديو بالصور هههه "
      + "واحد وحدة فشي لشي داكشي هادو حيت حيث باقي ولا وها هاهو هاهي تاني عاوتاني كاع كامل "
      + "كاملين بصح صافي مزيان شوية بلا ليه ليها ليهم ليا عليه عليها عليهم فيه فيها فيهم معاه معاها عندو عندها "
      + "عندهم عندي عندك عندكم ديالكم ديالهوم راني راك راكم ياك يالاه شوفو شوف وشوفو كيفما بحالا هنا تما لهيه "
      + "دابا بزاف بزااف شحال ماشي مكاينش ماكاينش كاينين";

  private static final String FRENCH = "le la les l de des du d et est une un pour que qui dans pas sur avec au aux ce "
      + "cette il elle sont par en ne plus se son sa ses nous vous leur mais ou comme tout a y";

  private static final String ENGLISH = "the and is of to in that it for on with are was this be by from at as have "
      + "has not an a";

  private static final CharArraySet SET = build();

  private StopWords() {}

  /** The read-only stop set used by the search and matching chains. */
  public static CharArraySet set() {
    return SET;
  }

  private static CharArraySet build() {
    List<String> words = new ArrayList<>();
    TextNormalizer normalizer = TextNormalizer.standard();
    for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
      String w = word instanceof char[] chars ? new String(chars) : String.valueOf(word);
      words.addAll(normalizer.tokens(w));
    }
    for (String list : new String[] {DARIJA, FRENCH, ENGLISH}) {
      words.addAll(normalizer.tokens(list));
    }
    return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }
}
