package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzersTest {

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  @Test
  void normalisesRemovesStopWordsAndStems() throws IOException {
    try (Analyzer analyzer = SearchAnalyzers.forSearch()) {
      assertThat(terms(analyzer, "المديرية العامة للأمن الوطني في طنجة 😱 https://t.co/x"))
          .containsExactly("مدير", "عام", "امن", "وطن", "طنج");
    }
  }

  @Test
  void stacksArabicCandidatesOfArabiziWords() throws IOException {
    try (Analyzer analyzer = SearchAnalyzers.forSearch()) {
      assertThat(terms(analyzer, "7na f lmghrib")).contains("7na", "حن", "مغرب");
    }
    try (Analyzer analyzer = SearchAnalyzers.forArabicOnly()) {
      assertThat(terms(analyzer, "7na")).containsExactly("7na");
    }
  }

  @Test
  void stacksMsaCandidatesOfDarijaWords() throws IOException {
    try (Analyzer analyzer = SearchAnalyzers.forSearch()) {
      // a report saying الدراري is found by a search for الأطفال, and كيسبب by يسبب
      List<String> darija = terms(analyzer, "الدراري كيسبب");
      assertThat(darija).containsAll(terms(analyzer, "الأطفال يسبب")).contains("درار");
    }
  }

  @Test
  void analysesFrenchWithoutAccents() throws IOException {
    try (Analyzer analyzer = SearchAnalyzers.forSearch()) {
      assertThat(terms(analyzer, "La Sûreté nationale dément")).containsExactly("surete", "nationale", "dement");
    }
  }
}
