package org.tawasul.newsroom.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tawasul.newsroom.PublicationCorrected;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationPublished;
import org.tawasul.newsroom.PublicationWithdrawn;
import org.tawasul.newsroom.editorial.Publication;
import org.tawasul.newsroom.editorial.PublicationState;
import org.tawasul.newsroom.editorial.Publications;
import org.tawasul.newsroom.editorial.RichText;
import org.tawasul.newsroom.editorial.Translation;
import org.tawasul.text.SearchAnalyzers;

/**
 * Full-text search over published publications in Arabic, Darija, French and English, with the text engine's
 * analysis chain (normalisation, Arabizi candidates, stop words, Arabic light stemming). The Lucene index lives in
 * memory, is rebuilt from PostgreSQL at start and follows publications, corrections and withdrawals after commit.
 */
@Component
class SiteSearch implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

	private final Publications publications;

	private final Analyzer analyzer = SearchAnalyzers.forSearch();

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	SiteSearch(Publications publications) throws IOException {
		this.publications = publications;
		this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
		this.searchers = new SearcherManager(writer, null);
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Publication> all = publications.allPublic();
		all.forEach(this::index);
		refresh();
		log.info("Site search index rebuilt with {} publications", all.size());
	}

	/** Ids of the publications in {@code language} that best match {@code query}, best first. */
	List<PublicationId> search(String query, String language, int limit) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("text", query)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < 64) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		for (String t : terms) {
			words.add(new BoostQuery(new TermQuery(new Term("title", t)), 2f), BooleanClause.Occur.SHOULD);
			words.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD);
		}
		BooleanQuery q = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term("language", language)), BooleanClause.Occur.FILTER)
			.build();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				List<PublicationId> ids = new ArrayList<>();
				var stored = searcher.storedFields();
				for (ScoreDoc hit : searcher.search(q, limit).scoreDocs) {
					ids.add(new PublicationId(java.util.UUID.fromString(stored.document(hit.doc).get("id"))));
				}
				return ids;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PublicationPublished event) {
		publications.find(event.publicationId()).ifPresent(this::index);
		refresh();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PublicationCorrected event) {
		publications.find(event.publicationId()).ifPresent(this::index);
		refresh();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PublicationWithdrawn event) {
		remove(event.publicationId());
		refresh();
	}

	private void index(Publication p) {
		remove(p.id());
		if (p.state() != PublicationState.PUBLISHED) {
			return;
		}
		try {
			for (Translation t : p.content().translations().values()) {
				Document doc = new Document();
				doc.add(new StringField("id", p.id().toString(), Field.Store.YES));
				doc.add(new StringField("language", t.language(), Field.Store.NO));
				doc.add(new TextField("title", t.title(), Field.Store.NO));
				doc.add(new TextField("text", String.join("\n", t.summary(), RichText.plainText(t.bodyHtml()),
						t.claimText(), t.evidence(), String.join(" ", p.content().tags())), Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void remove(PublicationId id) {
		try {
			writer.deleteDocuments(new Term("id", id.toString()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void refresh() {
		try {
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void destroy() throws IOException {
		searchers.close();
		writer.close();
		analyzer.close();
	}
}
