package org.tawasul.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.tawasul.text.analysis.TawasulAnalyzer;
import org.tawasul.text.rank.DocumentFrequencies;
import org.tawasul.text.rank.LexicalReRanker;
import org.tawasul.text.rank.LogisticModel;
import org.tawasul.text.rank.TextProfile;

/**
 * The published claims (truth statements, fact-checks) that new reports are matched against.
 *
 * <p>Matching a post runs in two stages: BM25 over the Tawasul analysis chain retrieves the best
 * {@code candidates} claims (title and text as one field), then the built-in lexical re-ranker (word, bigram,
 * character 4-gram, number and rare-word agreement, Arabizi candidates) and any extra {@link ReRanker}s give each
 * a log-odds, turned into a calibrated probability. Each match carries a {@link Verdict} from the index's
 * {@link MatchThresholds}.
 *
 * <p>Claims can be added, replaced and removed at any time; all methods are thread-safe and searches see every
 * change made before them. The index lives in memory (about 2–3 KB per claim); rebuild it from the publications
 * table at start-up. Close it to release the memory.
 */
public final class ClaimIndex implements Closeable {

  private static final String ID = "id";
  private static final String ALL = "all";
  private static final int MAX_QUERY_TERMS = 512;

  private final MatchThresholds thresholds;
  private final int candidates;
  private final List<ReRanker> extraReRankers;
  private final Analyzer analyzer = new TawasulAnalyzer(true);
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  private final LexicalReRanker lexical;
  private volatile boolean stale;

  private record Entry(Claim claim, TextProfile profile) {}

  private ClaimIndex(Builder builder) {
    this.thresholds = builder.thresholds;
    this.candidates = builder.candidates;
    this.extraReRankers = List.copyOf(builder.reRankers);
    this.lexical = new LexicalReRanker(id -> {
      Entry e = entries.get(id);
      return e == null ? null : e.profile();
    }, frequencies, builder.model);
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setRAMBufferSizeMB(64);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A builder with the default thresholds, 50 candidates, the fitted lexical model and no extra re-ranker. */
  public static Builder builder() {
    return new Builder();
  }

  /** Adds a claim, or replaces the claim with the same id. */
  public void put(Claim claim) {
    Objects.requireNonNull(claim, "claim");
    TextProfile profile = TextProfile.of(claim.title() + "\n" + claim.text(), false);
    Document doc = new Document();
    doc.add(new StringField(ID, claim.id(), Field.Store.YES));
    doc.add(new TextField(ALL, claim.title() + "\n" + claim.text(), Field.Store.NO));
    try {
      synchronized (entries) {
        writer.updateDocument(new Term(ID, claim.id()), doc);
        Entry previous = entries.put(claim.id(), new Entry(claim, profile));
        if (previous != null) {
          frequencies.remove(previous.profile());
        }
        frequencies.add(profile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stale = true;
  }

  /** Adds or replaces many claims. */
  public void putAll(Collection<Claim> claims) {
    for (Claim claim : claims) {
      put(claim);
    }
  }

  /** Removes a claim; returns whether it was there. */
  public boolean remove(String claimId) {
    try {
      synchronized (entries) {
        Entry previous = entries.remove(claimId);
        if (previous == null) {
          return false;
        }
        writer.deleteDocuments(new Term(ID, claimId));
        frequencies.remove(previous.profile());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stale = true;
    return true;
  }

  /** Number of claims. */
  public int size() {
    return entries.size();
  }

  /** The thresholds verdicts are given with. */
  public MatchThresholds thresholds() {
    return thresholds;
  }

  /**
   * The {@code top} claims most likely repeated by {@code post}, best first, retrieved from the whole index. An
   * empty, emoji-only or otherwise wordless post gives an empty list.
   */
  public List<ClaimMatch> match(String post, int top) {
    return rank(post, retrieve(post, null), top);
  }

  /**
   * Ranks only the given candidate claims (for example another system's shortlist); unknown ids are ignored.
   */
  public List<ClaimMatch> rerank(String post, Collection<String> candidateIds, int top) {
    return rank(post, retrieve(post, candidateIds), top);
  }

  /**
   * The retrieval stage alone: BM25 candidates for {@code post}, from the whole index ({@code restrictTo} null) or
   * among the given ids (all of them are returned, those without shared words with score 0).
   */
  public List<ClaimCandidate> retrieve(String post, Collection<String> restrictTo) {
    if (post == null) {
      return List.of();
    }
    refreshIfStale();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int terms = addTerms(post, query);
    if (terms == 0 && restrictTo == null) {
      return List.of();
    }
    int limit = candidates;
    if (restrictTo != null) {
      List<BytesRef> ids = new ArrayList<>(restrictTo.size());
      for (String id : restrictTo) {
        ids.add(new BytesRef(id));
      }
      query.add(new TermInSetQuery(ID, ids), BooleanClause.Occur.FILTER);
      limit = Math.max(1, ids.size());
    }
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      TopDocs hits = searcher.search(query.build(), limit);
      List<ClaimCandidate> out = new ArrayList<>(hits.scoreDocs.length);
      var stored = searcher.storedFields();
      Set<String> idField = Set.of(ID);
      for (ScoreDoc hit : hits.scoreDocs) {
        String id = stored.document(hit.doc, idField).get(ID);
        Entry entry = id == null ? null : entries.get(id);
        if (entry != null) {
          out.add(new ClaimCandidate(entry.claim(), hit.score, out.size()));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Feature vectors of the built-in lexical re-ranker for the candidates (for tuning and diagnostics). */
  public double[][] features(String post, List<ClaimCandidate> candidates) {
    return lexical.features(post, candidates);
  }

  private List<ClaimMatch> rank(String post, List<ClaimCandidate> found, int top) {
    if (found.isEmpty() || top <= 0) {
      return List.of();
    }
    double[] logits = new double[found.size()];
    lexical.score(post, found, logits);
    for (ReRanker extra : extraReRankers) {
      extra.score(post, found, logits);
    }
    Integer[] order = new Integer[found.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -logits[i]).thenComparingInt(i -> i));
    int n = Math.min(top, order.length);
    List<ClaimMatch> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      int i = order[r];
      double p = LogisticModel.sigmoid(logits[i]);
      out.add(new ClaimMatch(found.get(i).claim().id(), p, thresholds.verdict(p), r + 1));
    }
    return out;
  }

  private int addTerms(String post, BooleanQuery.Builder query) {
    Set<String> unique = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(ALL, post)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && unique.size() < MAX_QUERY_TERMS) {
        if (term.length() > 0) {
          unique.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String t : unique) {
      query.add(new TermQuery(new Term(ALL, t)), BooleanClause.Occur.SHOULD);
    }
    return unique.size();
  }

  private void refreshIfStale() {
    if (stale) {
      stale = false;
      try {
        searchers.maybeRefreshBlocking();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a {@link ClaimIndex}. Not thread-safe; the index it builds is. */
  public static final class Builder {
    private MatchThresholds thresholds = MatchThresholds.DEFAULTS;
    private int candidates = 50;
    private LogisticModel model = LogisticModel.DEFAULT;
    private final List<ReRanker> reRankers = new ArrayList<>();

    private Builder() {}

    /** The suggest and confirm levels. */
    public Builder thresholds(MatchThresholds value) {
      this.thresholds = Objects.requireNonNull(value);
      return this;
    }

    /** How many BM25 candidates the re-rankers see (default 50). */
    public Builder candidates(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("candidates must be positive");
      }
      this.candidates = value;
      return this;
    }

    /** Weights of the built-in lexical re-ranker (default: {@link LogisticModel#DEFAULT}). */
    public Builder lexicalModel(LogisticModel value) {
      this.model = Objects.requireNonNull(value);
      return this;
    }

    /** Adds an extra re-ranker whose log-odds are added after the lexical one's. */
    public Builder reRanker(ReRanker value) {
      reRankers.add(Objects.requireNonNull(value));
      return this;
    }

    /** The empty index. */
    public ClaimIndex build() {
      return new ClaimIndex(this);
    }
  }
}
