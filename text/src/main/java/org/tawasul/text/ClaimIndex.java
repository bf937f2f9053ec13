package org.tawasul.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.tawasul.text.analysis.CharGramAnalyzer;
import org.tawasul.text.analysis.TawasulAnalyzer;
import org.tawasul.text.rank.BackgroundFrequencies;
import org.tawasul.text.rank.ClaimProfile;
import org.tawasul.text.rank.DocumentFrequencies;
import org.tawasul.text.rank.LexicalModel;
import org.tawasul.text.rank.LexicalReRanker;
import org.tawasul.text.rank.TextProfile;

/**
 * The published claims (truth statements, fact-checks) that new reports are matched against.
 *
 * <p>Matching a post runs in two stages: BM25 over the Tawasul analysis chain (title and text as one field) plus
 * the character 4-gram channel's BM25 retrieves the best {@code candidates} claims, then the built-in lexical
 * re-ranker (word, bigram, character 4-gram, number and rare-word agreement, Arabizi candidates) and any extra
 * {@link ReRanker}s give each a log-odds, turned into a calibrated probability. Each match carries a
 * {@link Verdict} from the index's {@link MatchThresholds}. While the pool holds fewer than 3,500 claims, the word
 * counts of a background corpus stand in for the missing ones (see {@link Builder#background}), so that the first
 * statements a service publishes are matched as the model expects.
 *
 * <p>Claims can be added, replaced and removed at any time; all methods are thread-safe and searches see every
 * change made before them. The index lives in memory (about 2.5–3.5 KB per claim, plus 0.85 MB for the shipped
 * background, shared by all indexes); rebuild it from the publications table at start-up. Close it to release the
 * memory.
 */
public final class ClaimIndex implements Closeable {

  // Retrieval runs the words through Lucene (best 4 x candidates) and adds the gram channel's score from each
  // claim's stored grams (CharGramChannel): walking the long postings of common grams was most of the cost.

  private static final String ID = "id";
  private static final String SLOT = "slot";
  private static final String ALL = "all";
  private static final String GRAMS = "grams";
  private static final int MAX_QUERY_TERMS = 512;
  /** Word hits per candidate kept, when the gram channel adds its score to theirs. */
  private static final int POOL_PER_CANDIDATE = 4;
  /** Grams of a post that may retrieve claims sharing none of its words. */
  private static final int RARE_GRAMS = 32;
  private static final int[] NO_SLOTS = new int[0];

  private final MatchThresholds thresholds;
  private final int candidates;
  private final List<ReRanker> extraReRankers;
  private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new TawasulAnalyzer(true),
      Map.of(GRAMS, new CharGramAnalyzer()));
  private final CharGramChannel grams; // null when the gram channel is off
  // one heap buffer per file: slicing a posting list is then a cheap view, not a list of buffer copies
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
      ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private volatile Entry[] slots = new Entry[1024];
  private int nextSlot;
  private final DocumentFrequencies frequencies;
  private final LexicalReRanker lexical;
  /** Changes made to the writer so far; a search sees all of them that happened before it began. */
  private final AtomicLong changes = new AtomicLong();
  /** Changes the current searcher shows. Written under {@code refreshing}. */
  private volatile long shown;
  private final Object refreshing = new Object();

  /**
   * A claim as indexed. {@code earlierSlots} are the slots of the versions it replaced: a searcher opened before the
   * replacement still finds their documents, and reads this entry there (a correction never hides a claim).
   */
  private record Entry(Claim claim, ClaimProfile profile, TextProfile terms, CharGramChannel.Grams grams,
      int slot, int[] earlierSlots) {}

  private ClaimIndex(Builder builder) {
    this.thresholds = builder.thresholds;
    this.candidates = builder.candidates;
    BackgroundFrequencies background = builder.background != null ? builder.background
        : BackgroundFrequencies.standard();
    this.grams = builder.gramWeight > 0 ? new CharGramChannel(builder.k1, builder.b, builder.gramWeight, background)
        : null;
    this.extraReRankers = List.copyOf(builder.reRankers);
    this.frequencies = new DocumentFrequencies(background);
    this.lexical = new LexicalReRanker(id -> {
      Entry e = entries.get(id);
      return e == null ? null : e.profile();
    }, frequencies, builder.model);
    try {
      BM25Similarity similarity = new BackgroundSimilarity(builder.k1, builder.b, background);
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setRAMBufferSizeMB(64);
      config.setSimilarity(similarity);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(similarity);
          searcher.setQueryCache(null); // nothing worth caching: every query is a fresh disjunction
          return searcher;
        }
      });
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
    ClaimProfile profile = ClaimProfile.of(claim);
    String all = claim.title() + "\n" + claim.text();
    TextProfile terms = TextProfile.of(all, false);
    CharGramChannel.Grams claimGrams = grams == null ? null : grams.grams(all);
    try {
      synchronized (entries) {
        int slot = nextSlot++;
        Entry previous = entries.get(claim.id());
        int[] earlier = previous == null ? NO_SLOTS : replaced(previous);
        Entry entry = new Entry(claim, profile, terms, claimGrams, slot, earlier);
        Entry[] table = slots;
        if (slot == table.length) {
          table = Arrays.copyOf(table, table.length * 2);
        }
        table[slot] = entry;
        for (int s : earlier) {
          table[s] = entry;
        }
        slots = table;
        Document doc = new Document();
        doc.add(new StringField(ID, claim.id(), Field.Store.NO));
        doc.add(new NumericDocValuesField(SLOT, slot));
        doc.add(new TextField(ALL, all, Field.Store.NO));
        if (grams != null) {
          doc.add(new TextField(GRAMS, all, Field.Store.NO));
        }
        writer.updateDocument(new Term(ID, claim.id()), doc);
        entries.put(claim.id(), entry);
        if (previous != null) {
          forgetStatistics(previous);
        }
        frequencies.add(terms);
        if (grams != null) {
          grams.add(claimGrams);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    changes.incrementAndGet();
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
        slots[previous.slot()] = null;
        for (int s : previous.earlierSlots()) {
          slots[s] = null;
        }
        forgetStatistics(previous);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    changes.incrementAndGet();
    return true;
  }

  /** The slots a replacement of {@code previous} inherits: its own and those it had inherited. */
  private static int[] replaced(Entry previous) {
    int[] earlier = Arrays.copyOf(previous.earlierSlots(), previous.earlierSlots().length + 1);
    earlier[earlier.length - 1] = previous.slot();
    return earlier;
  }

  /** Drops a replaced or removed entry's statistics. Callers hold the lock on {@code entries}. */
  private void forgetStatistics(Entry previous) {
    frequencies.remove(previous.terms());
    if (grams != null && previous.grams() != null) {
      grams.remove(previous.grams());
    }
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
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      int terms = addTerms(post, query);
      if (terms == 0 && restrictTo == null) {
        return List.of();
      }
      int limit = candidates;
      int pool = grams == null ? candidates : candidates * POOL_PER_CANDIDATE;
      if (restrictTo != null) {
        List<BytesRef> ids = new ArrayList<>(restrictTo.size());
        for (String id : restrictTo) {
          ids.add(new BytesRef(id));
        }
        query.add(new TermInSetQuery(ID, ids), BooleanClause.Occur.FILTER);
        limit = Math.max(1, ids.size());
        pool = limit;
      }
      // exact hit counts are not needed: prune as soon as the top list is full
      ScoreDoc[] hits = searcher.search(query.build(), new TopScoreDocCollectorManager(pool, pool)).scoreDocs;
      CharGramChannel.Query gramQuery = grams == null ? null : grams.query(post, CharGramChannel.MAX_QUERY_GRAMS);
      if (gramQuery != null && restrictTo == null && hits.length < pool && !gramQuery.isEmpty()) {
        hits = withGramHits(searcher, post, gramQuery, hits, limit);
      }
      Entry[] found = entriesOf(searcher.getIndexReader(), hits);
      float[] scores = new float[found.length];
      long[] order = new long[found.length];
      int n = 0;
      for (int i = 0; i < found.length; i++) {
        Entry entry = found[i];
        if (entry == null) {
          continue;
        }
        float score = hits[i].score;
        if (gramQuery != null && entry.grams() != null) {
          score += gramQuery.score(entry.grams());
        }
        scores[i] = score;
        // best first, then in Lucene's order: non-negative float bits sort like the floats
        order[n++] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(score)) << 32 | i;
      }
      Arrays.sort(order, 0, n);
      int kept = Math.min(n, limit);
      List<ClaimCandidate> out = new ArrayList<>(kept);
      for (int r = 0; r < kept; r++) {
        int i = (int) order[r];
        out.add(new ClaimCandidate(found[i].claim(), scores[i], r));
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

  /**
   * The word hits plus the {@code limit} claims that best share the post's rarest grams, with word score 0. Called
   * when fewer than the pool's size of claims share a word with the post: the word hits are then all of them, and
   * a claim sharing no word can still make the list on its gram score alone (a name spelt another way). Its rarest
   * grams have short postings, so this costs little.
   */
  private ScoreDoc[] withGramHits(IndexSearcher searcher, String post, CharGramChannel.Query gramQuery,
      ScoreDoc[] wordHits, int limit) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String gram : grams.terms(post, gramQuery, RARE_GRAMS)) {
      query.add(new TermQuery(new Term(GRAMS, gram)), BooleanClause.Occur.SHOULD);
    }
    ScoreDoc[] gramHits = searcher.search(query.build(), new TopScoreDocCollectorManager(limit, limit)).scoreDocs;
    Set<Integer> seen = new HashSet<>();
    List<ScoreDoc> union = new ArrayList<>(wordHits.length + gramHits.length);
    for (ScoreDoc hit : wordHits) {
      seen.add(hit.doc);
      union.add(hit);
    }
    for (ScoreDoc hit : gramHits) {
      if (seen.add(hit.doc)) {
        union.add(new ScoreDoc(hit.doc, 0));
      }
    }
    return union.toArray(ScoreDoc[]::new);
  }

  /**
   * The entries of the hits (a replaced claim's current version; null for a claim removed since), through their slot
   * doc values, in doc order.
   */
  private Entry[] entriesOf(IndexReader reader, ScoreDoc[] hits) throws IOException {
    long[] order = new long[hits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (long) hits[i].doc << 32 | i;
    }
    Arrays.sort(order);
    List<LeafReaderContext> leaves = reader.leaves();
    Entry[] table = slots;
    Entry[] out = new Entry[hits.length];
    LeafReaderContext leaf = null;
    NumericDocValues values = null;
    for (long o : order) {
      int i = (int) o;
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = leaf.reader().getNumericDocValues(SLOT);
      }
      if (values != null && values.advanceExact(doc - leaf.docBase)) {
        int slot = (int) values.longValue();
        out[i] = slot < table.length ? table[slot] : null;
      }
    }
    return out;
  }

  /** Feature vectors of the built-in lexical re-ranker for the candidates (for tuning and diagnostics). */
  public double[][] features(String post, List<ClaimCandidate> candidates) {
    return lexical.features(post, candidates);
  }

  private List<ClaimMatch> rank(String post, List<ClaimCandidate> found, int top) {
    if (found.isEmpty() || top <= 0) {
      return List.of();
    }
    double[][] features = lexical.features(post, found);
    double[] logits = lexical.model().scores(features); // the built-in re-ranker, keeping its features for calibration
    for (ReRanker extra : extraReRankers) {
      extra.score(post, found, logits);
    }
    double[] probabilities = lexical.model().probabilities(logits, features);
    Integer[] order = new Integer[found.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -logits[i]).thenComparingInt(i -> i));
    int n = Math.min(top, order.length);
    List<ClaimMatch> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      int i = order[r];
      double p = probabilities[i];
      out.add(new ClaimMatch(found.get(i).claim().id(), p, thresholds.verdict(p), r + 1));
    }
    return out;
  }

  /** Adds the post's analysed words as one flat disjunction; returns how many. */
  private int addTerms(String post, BooleanQuery.Builder query) {
    Set<String> words = analyse(post);
    for (String t : words) {
      query.add(new TermQuery(new Term(ALL, t)), BooleanClause.Occur.SHOULD);
    }
    return words.size();
  }

  private Set<String> analyse(String text) {
    Set<String> unique = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(ALL, text)) {
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
    return unique;
  }

  /**
   * Makes the searcher show every change made before this call. Concurrent searches wait for one refresh rather
   * than read the reader it replaces (which, just after start-up, is empty).
   */
  private void refreshIfStale() {
    if (shown >= changes.get()) {
      return;
    }
    synchronized (refreshing) {
      long target = changes.get();
      if (shown < target) {
        try {
          searchers.maybeRefreshBlocking();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        shown = target;
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
      if (grams != null) {
        grams.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** BM25 whose word idf lets the background stand in while the pool is small, as the re-ranker's does. */
  private static final class BackgroundSimilarity extends BM25Similarity {
    private final BackgroundFrequencies background;

    BackgroundSimilarity(float k1, float b, BackgroundFrequencies background) {
      super(k1, b);
      this.background = background;
    }

    @Override
    public Explanation idfExplain(CollectionStatistics collection, TermStatistics term) {
      if (collection.docCount() >= BackgroundFrequencies.FILL || background.documents() == 0) {
        return super.idfExplain(collection, term);
      }
      long key;
      if (ALL.equals(collection.field())) {
        key = BackgroundFrequencies.wordKey(term.term());
      } else if (GRAMS.equals(collection.field())) {
        char[] gram = term.term().utf8ToString().toCharArray();
        key = BackgroundFrequencies.gramKey(CharGramAnalyzer.hash(gram, gram.length));
      } else {
        return super.idfExplain(collection, term);
      }
      float idf = (float) background.idf(key, term.docFreq(), collection.docCount());
      return Explanation.match(idf, "idf, with the background standing in for a small pool");
    }
  }

  /** Configures a {@link ClaimIndex}. Not thread-safe; the index it builds is. */
  public static final class Builder {
    private MatchThresholds thresholds = MatchThresholds.DEFAULTS;
    private int candidates = 50;
    private float k1 = 1.2f;
    private float b = 0.75f;
    private float gramWeight = 0.3f;
    private LexicalModel model = LexicalModel.DEFAULT;
    private final List<ReRanker> reRankers = new ArrayList<>();
    private BackgroundFrequencies background; // null: the shipped table, loaded only when an index uses it

    private Builder() {}

    /**
     * Texts that are not claims (news, press releases of the service), whose word counts tell retrieval and the
     * re-ranker which words are common while the pool holds fewer than 3,500 claims; texts mostly in Latin letters
     * count for words in Latin letters, the others for Arabic-script words. Default: 600 Moroccan news articles
     * (MArSum, Arabic); no texts: the pool's own counts only.
     */
    public Builder background(Iterable<String> texts) {
      this.background = BackgroundFrequencies.of(texts);
      return this;
    }

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

    /** BM25 parameters of the retrieval stage (defaults 1.2 and 0.75). */
    public Builder bm25(float k1, float b) {
      this.k1 = k1;
      this.b = b;
      return this;
    }

    /** Weight of the character 4-gram channel in retrieval, 0 to switch it off. */
    public Builder gramWeight(float value) {
      this.gramWeight = value;
      return this;
    }

    /**
     * The built-in re-ranker's model: weights, trees and calibration (default: {@link LexicalModel#DEFAULT}; another
     * one is written by {@code tawasul-text tune --out} and read with {@link org.tawasul.text.rank.ModelFile}).
     */
    public Builder lexicalModel(LexicalModel value) {
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
