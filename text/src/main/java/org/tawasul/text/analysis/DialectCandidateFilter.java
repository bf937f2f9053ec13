package org.tawasul.text.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tawasul.text.Arabizi;
import org.tawasul.text.Darija;

/**
 * Stacks candidates at a word's position (like synonyms), keeping the word itself: the Arabic-script candidates of
 * an Arabizi word ({@code 3ndk} also indexes and queries {@code عندك}), and the MSA candidates of a Darija word
 * ({@link Darija}: {@code الدراري} also {@code الاطفال}, {@code كيسبب} also {@code يسبب}).
 */
public final class DialectCandidateFilter extends TokenFilter {

  /** Token type of the stacked candidates. */
  public static final String TYPE = "ARABIZI";

  /** Token type of the stacked MSA candidates of a Darija word. */
  public static final String DARIJA_TYPE = "DARIJA";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private final Arabizi arabizi = Arabizi.standard();
  private final Darija darija = Darija.standard();
  private State current;
  private String pendingType;

  /** Wraps {@code input}. */
  public DialectCandidateFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      type.setType(pendingType);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char first = term.length() > 0 ? term.charAt(0) : 0;
    if (first < 0x80 && term.length() > 0) {
      String word = term.toString();
      if (arabizi.isArabizi(word)) {
        stack(darija.withCandidates(arabizi.candidates(word)), TYPE);
      }
    } else if (first >= 0x0600 && first <= 0x06FF) {
      stack(darija.candidates(term.toString()), DARIJA_TYPE);
    }
    return true;
  }

  private void stack(List<String> candidates, String candidateType) {
    if (!candidates.isEmpty()) {
      pending.addAll(candidates);
      pendingType = candidateType;
      current = captureState();
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }
}
