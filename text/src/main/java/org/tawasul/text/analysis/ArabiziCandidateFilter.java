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

/**
 * Stacks the Arabic-script candidates of each Arabizi word at the word's position (like synonyms), so that
 * {@code 3ndk} also indexes and queries {@code عندك}. The Latin word itself is kept.
 */
public final class ArabiziCandidateFilter extends TokenFilter {

  /** Token type of the stacked candidates. */
  public static final String TYPE = "ARABIZI";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private final Arabizi arabizi = Arabizi.standard();
  private State current;

  /** Wraps {@code input}. */
  public ArabiziCandidateFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      type.setType(TYPE);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char first = term.length() > 0 ? term.charAt(0) : 0;
    if (first < 0x80 && term.length() > 0) {
      String word = term.toString();
      if (arabizi.isArabizi(word)) {
        List<String> candidates = arabizi.candidates(word);
        pending.addAll(candidates);
        current = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }
}
