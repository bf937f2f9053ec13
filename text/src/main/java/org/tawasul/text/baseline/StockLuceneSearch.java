package org.tawasul.text.baseline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * What a user would pick instead of the Tawasul engine: stock Lucene {@link ArabicAnalyzer} and BM25 over the
 * title and text fields, no tuning (the query's words as SHOULD clauses on both fields, as a multi-field query
 * parser would build). Built once from a list of documents; immutable and thread-safe afterwards.
 */
public final class StockLuceneSearch implements Closeable {

  /** One hit. */
  public record Hit(String id, double score) {}

  private final Analyzer analyzer = new ArabicAnalyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** Indexes {@code docs}, each {@code {id, title, text}}. */
  public StockLuceneSearch(List<String[]> docs) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (String[] d : docs) {
        Document doc = new Document();
        doc.add(new StringField("id", d[0], Field.Store.YES));
        doc.add(new TextField("title", d[1], Field.Store.NO));
        doc.add(new TextField("text", d[2], Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The best {@code top} documents for {@code query}, or among {@code restrictTo} when not null. */
  public List<Hit> search(String query, Collection<String> restrictTo, int top) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream("text", query == null ? "" : query)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < 500) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String t : terms) {
      q.add(new TermQuery(new Term("title", t)), BooleanClause.Occur.SHOULD);
      q.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD);
    }
    int limit = top;
    if (restrictTo != null) {
      List<BytesRef> ids = new ArrayList<>();
      for (String id : restrictTo) {
        ids.add(new BytesRef(id));
      }
      q.add(new TermInSetQuery("id", ids), BooleanClause.Occur.FILTER);
    } else if (terms.isEmpty()) {
      return List.of();
    }
    try {
      TopDocs hits = searcher.search(q.build(), Math.max(1, limit));
      List<Hit> out = new ArrayList<>();
      var stored = searcher.storedFields();
      for (ScoreDoc hit : hits.scoreDocs) {
        out.add(new Hit(stored.document(hit.doc, Set.of("id")).get("id"), hit.score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
