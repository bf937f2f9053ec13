package org.tawasul.vigilance.monitoring;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.tawasul.audit.AuditTrail;
import org.tawasul.platform.DomainException;
import org.tawasul.vigilance.cases.VigilanceProperties;
import org.tawasul.vigilance.evidence.SafeFetcher;

/**
 * The RSS and Atom feeds of public pages and news sites the service follows. Each is polled on a schedule with a
 * conditional GET ({@code If-None-Match} / {@code If-Modified-Since} from the last answer), through the same address
 * guard as evidence capture; each entry becomes a monitored item (source {@code FEED}, keyed by the feed and the
 * entry's id, so re-reading a feed adds nothing twice). A feed that fails is marked with its error and retried at
 * the next poll; it never stops the others.
 */
@Service
public class FollowedFeeds {

	private static final Logger log = LoggerFactory.getLogger(FollowedFeeds.class);

	private final JdbcClient jdbc;

	private final Intake intake;

	private final AuditTrail audit;

	private final VigilanceProperties properties;

	private final Clock clock;

	FollowedFeeds(JdbcClient jdbc, Intake intake, AuditTrail audit, VigilanceProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** A followed feed and how its last poll went. */
	public record Feed(UUID id, String url, String name, @Nullable String regionCode, @Nullable String etag,
			@Nullable String lastModified, @Nullable Instant lastPolledAt, @Nullable String lastStatus, boolean enabled) {
	}

	/** What one poll did. */
	public record PollResult(int status, int entries, int created) {
	}

	public UUID follow(String url, String name, @Nullable String regionCode, String actor) {
		if (!(url.startsWith("https://") || url.startsWith("http://")) || name.isBlank()) {
			throw new DomainException(org.springframework.http.HttpStatus.BAD_REQUEST, "vigilance.feed.invalid");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into vigilance.feed (id, url, name, region_code, enabled) values (?, ?, ?, ?, true)
				on conflict (url) do update set enabled = true, name = excluded.name""")
			.params(id, url.strip(), name.strip(), regionCode == null || regionCode.isBlank() ? null : regionCode)
			.update();
		audit.record(actor, "feed.follow", "feed:" + url.strip(), Map.of("name", name.strip()));
		return jdbc.sql("select id from vigilance.feed where url = ?").param(url.strip()).query(UUID.class).single();
	}

	public List<Feed> all() {
		return jdbc.sql("select * from vigilance.feed order by name")
			.query((rs, n) -> new Feed(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("name"),
					rs.getString("region_code"), rs.getString("etag"), rs.getString("last_modified"),
					rs.getTimestamp("last_polled_at") == null ? null : rs.getTimestamp("last_polled_at").toInstant(),
					rs.getString("last_status"), rs.getBoolean("enabled")))
			.list();
	}

	@Scheduled(fixedDelayString = "${tawasul.vigilance.feeds.poll-interval:5m}",
			initialDelayString = "${tawasul.vigilance.feeds.poll-interval:5m}")
	void pollAll() {
		for (Feed feed : all()) {
			if (feed.enabled()) {
				poll(feed.id());
			}
		}
	}

	/** Polls one feed now. */
	public PollResult poll(UUID feedId) {
		Feed feed = all().stream().filter(f -> f.id().equals(feedId)).findFirst()
			.orElseThrow(() -> new DomainException(org.springframework.http.HttpStatus.NOT_FOUND, "vigilance.feed.invalid"));
		Map<String, String> conditional = new LinkedHashMap<>();
		if (feed.etag() != null) {
			conditional.put("If-None-Match", feed.etag());
		}
		if (feed.lastModified() != null) {
			conditional.put("If-Modified-Since", feed.lastModified());
		}
		VigilanceProperties.Capture capture = properties.capture();
		SafeFetcher fetcher = new SafeFetcher(capture.allowPrivate(), Math.min(capture.maxBytes(), 10L * 1024 * 1024),
				capture.connectTimeout(), capture.readTimeout(), capture.maxRedirects());
		Instant now = clock.instant();
		try {
			List<SafeFetcher.Exchange> exchanges = fetcher.fetch(feed.url(), conditional);
			SafeFetcher.Exchange last = exchanges.get(exchanges.size() - 1);
			if (last.status() == 304) {
				mark(feed, feed.etag(), feed.lastModified(), now, "304");
				return new PollResult(304, 0, 0);
			}
			if (last.status() != 200) {
				mark(feed, feed.etag(), feed.lastModified(), now, "HTTP " + last.status());
				return new PollResult(last.status(), 0, 0);
			}
			SyndFeedInput input = new SyndFeedInput();
			SyndFeed parsed = input.build(new XmlReader(new ByteArrayInputStream(last.body())));
			List<IncomingItem> items = new ArrayList<>();
			for (SyndEntry entry : parsed.getEntries()) {
				String text = text(entry);
				String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : entry.getLink();
				if (text.isBlank() || id == null || id.isBlank()) {
					continue;
				}
				Instant published = entry.getPublishedDate() == null ? null : entry.getPublishedDate().toInstant();
				String link = entry.getLink() != null && (entry.getLink().startsWith("http://")
						|| entry.getLink().startsWith("https://")) ? entry.getLink() : null;
				items.add(new IncomingItem(ItemSource.FEED, feed.id().toString(), id.length() > 200 ? id.substring(0, 200) : id,
						link, text.length() > 20000 ? text.substring(0, 20000) : text, parsed.getLanguage(),
						feed.regionCode(), null, entry.getAuthor(), published, now));
			}
			int created = items.isEmpty() ? 0
					: (int) intake.ingest(items).stream().filter(r -> !r.duplicate()).count();
			mark(feed, SafeFetcher.first(last.responseHeaders(), "etag"),
					SafeFetcher.first(last.responseHeaders(), "last-modified"), now, "200: " + created + " new");
			return new PollResult(200, items.size(), created);
		}
		catch (DomainException | com.rometools.rome.io.FeedException | java.io.IOException | IllegalArgumentException e) {
			log.warn("Feed {} could not be polled: {}", feed.url(), e.toString());
			mark(feed, feed.etag(), feed.lastModified(), now, "error: " + e.getClass().getSimpleName());
			return new PollResult(-1, 0, 0);
		}
	}

	private static String text(SyndEntry entry) {
		StringBuilder text = new StringBuilder(entry.getTitle() == null ? "" : entry.getTitle());
		SyndContent description = entry.getDescription();
		if (description != null && description.getValue() != null) {
			text.append('\n').append(description.getValue().replaceAll("<[^>]*>", " "));
		}
		return text.toString().strip();
	}

	private void mark(Feed feed, @Nullable String etag, @Nullable String lastModified, Instant at, String status) {
		jdbc.sql("update vigilance.feed set etag = ?, last_modified = ?, last_polled_at = ?, last_status = ? where id = ?")
			.params(etag, lastModified, Timestamp.from(at), status, feed.id())
			.update();
	}
}
