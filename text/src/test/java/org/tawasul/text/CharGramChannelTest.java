package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.tawasul.text.rank.BackgroundFrequencies;
import org.tawasul.text.analysis.CharGramAnalyzer;

class CharGramChannelTest {

  private static final List<String> CLAIMS = List.of(
      "فيديو يزعم اختطاف أطفال أمام مدرسة في طنجة من طرف عصابة تستعمل سيارة بيضاء",
      "اللقاح المضاد لفيروس كورونا يسبب العقم للنساء والرجال",
      "المدرب جاتوزو يغادر الوداد بعد خلاف مع الإدارة",
      "غرامة 500 درهم على كل من لا يضع الكمامة داخل سيارته الخاصة، غرامة غرامة",
      "حريق كبير في سوق الخميس بالرباط اليوم",
      "Le vaccin contre le coronavirus rend stérile les femmes");

  @Test
  void scoresEachClaimAsLuceneBm25OnAGramFieldWould() throws IOException {
    float k1 = 1.2f;
    float b = 0.75f;
    float weight = 0.3f;
    CharGramChannel channel = new CharGramChannel(k1, b, weight, BackgroundFrequencies.NONE);
    Map<String, CharGramChannel.Grams> grams = new HashMap<>();
    BM25Similarity similarity = new BM25Similarity(k1, b);
    IndexWriterConfig config = new IndexWriterConfig(new CharGramAnalyzer()).setSimilarity(similarity);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < CLAIMS.size(); i++) {
        CharGramChannel.Grams g = channel.grams(CLAIMS.get(i));
        channel.add(g);
        grams.put("c" + i, g);
        Document doc = new Document();
        doc.add(new StringField("id", "c" + i, Field.Store.YES));
        doc.add(new TextField("grams", CLAIMS.get(i), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      String post = "غاتوزو غادي يغادر الوداد؟ فيروس كرونا واللقاح، غرامة الكمامة فالسيارة";
      CharGramChannel.Query query = channel.query(post, CharGramChannel.MAX_QUERY_GRAMS);
      BooleanQuery.Builder lucene = new BooleanQuery.Builder();
      for (String gram : channel.terms(post, query, CharGramChannel.MAX_QUERY_GRAMS)) {
        lucene.add(new BoostQuery(new TermQuery(new Term("grams", gram)), weight), BooleanClause.Occur.SHOULD);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        ScoreDoc[] hits = searcher.search(lucene.build(), CLAIMS.size()).scoreDocs;
        assertThat(hits).hasSizeGreaterThanOrEqualTo(4);
        for (ScoreDoc hit : hits) {
          String id = searcher.storedFields().document(hit.doc).get("id");
          assertThat(query.score(grams.get(id))).as(id).isCloseTo(hit.score, within(1e-4f));
        }
      }
    }
  }

  @Test
  void forgetsARemovedClaim() {
    CharGramChannel channel = new CharGramChannel(1.2f, 0.75f, 0.3f, BackgroundFrequencies.NONE);
    CharGramChannel.Grams fire = channel.grams(CLAIMS.get(4));
    channel.add(channel.grams(CLAIMS.get(0)));
    channel.add(fire);
    assertThat(channel.query("حريق السوق", 128).isEmpty()).isFalse();
    channel.remove(fire);
    assertThat(channel.query("حريق السوق", 128).isEmpty()).isTrue();
  }
}
