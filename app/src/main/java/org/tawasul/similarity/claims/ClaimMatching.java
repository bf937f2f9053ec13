package org.tawasul.similarity.claims;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.reporting.ReportId;
import org.tawasul.similarity.MatchLevel;
import org.tawasul.similarity.StatementMatch;
import org.tawasul.similarity.StatementMatched;
import org.tawasul.similarity.TruthStatements;
import org.tawasul.text.Claim;
import org.tawasul.text.ClaimIndex;
import org.tawasul.text.ClaimMatch;
import org.tawasul.text.MatchThresholds;
import org.tawasul.text.TextNormalizer;

/**
 * The claim index of published truth statements ({@link ClaimIndex} from the text engine, in memory, rebuilt from
 * {@code similarity.statement_claim} on start), and the matching of reports against it in both directions: a new
 * report against every statement, a new statement against every report received so far. Each (report, statement)
 * pair is recorded once; a confirm-level match publishes {@link StatementMatched}.
 *
 * <p>Matching a text matches its normalised form, so the answer is a function of that form and is kept in memory
 * ({@link ClaimAnswers}) until the index changes here. Index searches are CPU-bound: at most
 * {@code concurrentSearches} run at once and the others queue fairly, so a burst of unique texts is answered in
 * arrival order instead of all slowing down together (and a cached answer never queues).
 */
@Service
class ClaimMatching implements TruthStatements, SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ClaimMatching.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ClaimIndex index;

	private final MatchThresholds thresholds;

	private final ClaimAnswers answers;

	private final Semaphore searches;

	ClaimMatching(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, ClaimMatchingProperties properties) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.thresholds = new MatchThresholds(properties.suggest(), properties.confirm());
		ClaimIndex.Builder builder = ClaimIndex.builder().thresholds(thresholds).candidates(properties.candidates());
		if (properties.background() != null) {
			List<String> texts = BackgroundCorpus.read(properties.background());
			builder.background(texts);
			log.info("Claim index background: {} texts from {}", texts.size(), properties.background());
		}
		this.index = builder.build();
		this.answers = new ClaimAnswers(properties.cachedAnswers());
		int concurrent = properties.concurrentSearches() > 0 ? properties.concurrentSearches()
				: Runtime.getRuntime().availableProcessors();
		this.searches = new Semaphore(concurrent, true);
	}

	/** Rebuilds the in-memory index from the statements table (derived data). */
	@Override
	public void afterSingletonsInstantiated() {
		List<Claim> claims = new ArrayList<>();
		jdbc.sql("select publication_id, language, title, claim_text from similarity.statement_claim where active")
			.query((rs, n) -> claims.add(new Claim(rs.getString(1) + "/" + rs.getString(2), rs.getString(3),
					rs.getString(4))))
			.list();
		index.putAll(claims);
		answers.invalidate();
		log.info("Claim index rebuilt with {} language versions of truth statements", claims.size());
	}

	@Override
	@Transactional
	public void published(UUID publicationId, List<StatementClaim> languageVersions) {
		Instant now = clock.instant();
		jdbc.sql("delete from similarity.statement_claim where publication_id = ?").param(publicationId).update();
		for (StatementClaim version : languageVersions) {
			jdbc.sql("""
					insert into similarity.statement_claim (publication_id, language, title, claim_text, active,
					  indexed_at) values (?, ?, ?, ?, true, ?)""")
				.params(publicationId, version.language(), version.title(), version.claimText(), Timestamp.from(now))
				.update();
		}
		for (StatementClaim version : languageVersions) {
			index.put(new Claim(publicationId + "/" + version.language(), version.title(), version.claimText()));
		}
		answers.invalidate();
		matchEarlierReports(publicationId, languageVersions);
	}

	@Override
	@Transactional
	public void withdrawn(UUID publicationId) {
		jdbc.sql("update similarity.statement_claim set active = false where publication_id = ?")
			.param(publicationId)
			.update();
		for (String language : List.of("ar", "fr", "en")) {
			index.remove(publicationId + "/" + language);
		}
		answers.invalidate();
		// earlier answers stay recorded (the reporter was told), but the statement no longer answers new reports
	}

	@Override
	public List<StatementMatch> match(String text, int top) {
		return matchWithin(text, top, null).orElseThrow();
	}

	@Override
	public Optional<List<StatementMatch>> matchUnlessBusy(String text, int top, Duration patience) {
		return matchWithin(text, top, patience);
	}

	/** Empty only when {@code patience} is given and no search slot freed within it. */
	private Optional<List<StatementMatch>> matchWithin(String text, int top, @Nullable Duration patience) {
		String normalised = TextNormalizer.standard().normalize(text);
		String key = top + " " + normalised;
		List<StatementMatch> cached = answers.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		long generation = answers.generation();
		Optional<List<StatementMatch>> found = search(normalised, top, patience);
		found.ifPresent(matches -> answers.put(key, generation, matches));
		return found;
	}

	/** The search slots (one per core unless configured): tests hold them to play a machine at capacity. */
	Semaphore searchSlots() {
		return searches;
	}

	private Optional<List<StatementMatch>> search(String normalised, int top, @Nullable Duration patience) {
		if (normalised.isEmpty()) {
			return Optional.of(List.of());
		}
		List<ClaimMatch> ranked;
		if (patience == null) {
			searches.acquireUninterruptibly();
		}
		else {
			try {
				if (!searches.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
					return Optional.empty();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
		try {
			ranked = index.match(normalised, top * 3);
		}
		finally {
			searches.release();
		}
		Map<UUID, StatementMatch> best = new LinkedHashMap<>();
		for (ClaimMatch m : ranked) {
			UUID publication = UUID.fromString(m.claimId().substring(0, m.claimId().indexOf('/')));
			best.putIfAbsent(publication, new StatementMatch(publication, m.score(), level(m.score())));
			if (best.size() == top) {
				break;
			}
		}
		return Optional.of(List.copyOf(best.values()));
	}

	@Override
	public Thresholds thresholds() {
		return new Thresholds(thresholds.suggest(), thresholds.confirm());
	}

	/** Size of the in-memory index (language versions). */
	int indexed() {
		return index.size();
	}

	/** Answers kept in memory. */
	int cachedAnswers() {
		return answers.size();
	}

	/** Matches a newly received report against every statement and records what matched. */
	@Transactional
	public void reportReceived(ReportId reportId, String text, String language, Instant submittedAt) {
		int stored = jdbc.sql("""
				insert into similarity.report_text (report_id, text, language, submitted_at) values (?, ?, ?, ?)
				on conflict (report_id) do nothing""")
			.params(reportId.value(), text, language, Timestamp.from(submittedAt))
			.update();
		if (stored == 0) {
			return; // redelivered event: already matched
		}
		for (StatementMatch m : match(text, 5)) {
			record(reportId, m.publicationId(), m.score(), m.level());
		}
	}

	private void matchEarlierReports(UUID publicationId, List<StatementClaim> versions) {
		List<String> ids = versions.stream().map(v -> publicationId + "/" + v.language()).toList();
		jdbc.sql("select report_id, text from similarity.report_text order by submitted_at").query((rs, n) -> {
			ReportId report = new ReportId(rs.getObject(1, UUID.class));
			List<ClaimMatch> found = index.rerank(rs.getString(2), ids, 1);
			if (!found.isEmpty()) {
				double score = found.get(0).score();
				record(report, publicationId, score, level(score));
			}
			return null;
		}).list();
	}

	private void record(ReportId reportId, UUID publicationId, double score, MatchLevel level) {
		if (level == MatchLevel.NONE) {
			return;
		}
		Instant now = clock.instant();
		int inserted = jdbc.sql("""
				insert into similarity.statement_match (report_id, publication_id, score, level, status, matched_at)
				values (?, ?, ?, ?, ?, ?) on conflict (report_id, publication_id) do nothing""")
			.params(reportId.value(), publicationId, score, level.name(),
					level == MatchLevel.CONFIRM ? "ANSWERED" : "SUGGESTED", Timestamp.from(now))
			.update();
		if (inserted == 1 && level == MatchLevel.CONFIRM) {
			events.publishEvent(new StatementMatched(reportId, publicationId, score, level, now));
		}
	}

	private MatchLevel level(double score) {
		return switch (thresholds.verdict(score)) {
			case CONFIRM -> MatchLevel.CONFIRM;
			case SUGGEST -> MatchLevel.SUGGEST;
			case NONE -> MatchLevel.NONE;
		};
	}

	@Override
	public void destroy() {
		index.close();
	}
}
