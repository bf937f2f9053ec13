package org.tawasul.vigilance.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.identity.Regions;
import org.tawasul.reporting.ReportCategory;

/**
 * The flagger's rules, kept as data in {@code vigilance.watch_term} and edited by supervisors. A term matches an
 * item when its folded form appears in the item's folded text at the start of a word (so Arabic clitics like و or
 * ال before it still match), and the item's region is within the term's region. The compiled list is cached and
 * refreshed after every edit and at least every 30 seconds (other nodes' edits).
 */
@Service
public class WatchList {

	private static final Duration REFRESH = Duration.ofSeconds(30);

	private static final Set<String> CLITICS = Set.of("و", "ب", "ل", "ف", "ال", "وال", "بال", "فال", "لل", "l", "d");

	private final JdbcClient jdbc;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	private volatile Compiled compiled = new Compiled(List.of(), Instant.EPOCH);

	private record Entry(WatchTerm term, String folded, List<String> scope) {
	}

	private record Compiled(List<Entry> entries, Instant loadedAt) {
	}

	WatchList(JdbcClient jdbc, Regions regions, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every reason this item should be looked at: watch-list hits and a severe reported category. */
	public List<Flag> flag(String text, @Nullable String regionCode, @Nullable ReportCategory category,
			int severeCategory) {
		List<Flag> flags = new ArrayList<>(2);
		if (category != null && category.severity() >= severeCategory) {
			flags.add(new Flag(Flag.CATEGORY, category.name(), "", null));
		}
		String folded = TextFolding.fold(text);
		for (Entry entry : current().entries()) {
			if (!entry.scope().isEmpty() && (regionCode == null || !entry.scope().contains(regionCode))) {
				continue;
			}
			if (matches(folded, entry.folded())) {
				flags.add(new Flag(Flag.WATCH_LIST, entry.term().category(), entry.term().reason(),
						entry.term().term()));
			}
		}
		return flags;
	}

	static boolean matches(String folded, String term) {
		int from = 0;
		while (true) {
			int at = folded.indexOf(term, from);
			if (at < 0) {
				return false;
			}
			int wordStart = folded.lastIndexOf(' ', at) + 1;
			if (wordStart == at || CLITICS.contains(folded.substring(wordStart, at))) {
				return true;
			}
			from = at + 1;
		}
	}

	public List<WatchTerm> all() {
		return jdbc.sql("""
				select id, term, language, region_code, category, reason, active from vigilance.watch_term
				order by category, language, term""")
			.query((rs, n) -> new WatchTerm(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	@Transactional
	public UUID add(String term, String language, @Nullable String regionCode, ReportCategory category,
			String reason, String actor) {
		if (term.isBlank() || reason.isBlank()) {
			throw new org.tawasul.platform.DomainException(org.springframework.http.HttpStatus.BAD_REQUEST,
					"vigilance.watch.term-and-reason-required");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into vigilance.watch_term (id, term, language, region_code, category, reason, active,
				    updated_by, updated_at) values (?, ?, ?, ?, ?, ?, true, ?, ?)""")
			.params(id, term.strip(), language, blankToNull(regionCode), category.name(), reason.strip(), actor,
					Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, "watch-term.add", "watch-term:" + id,
				Map.of("term", term.strip(), "category", category.name(), "reason", reason.strip()));
		invalidate();
		return id;
	}

	@Transactional
	public void setActive(UUID id, boolean active, String actor) {
		jdbc.sql("update vigilance.watch_term set active = ?, updated_by = ?, updated_at = ? where id = ?")
			.params(active, actor, Timestamp.from(clock.instant()), id)
			.update();
		audit.record(actor, active ? "watch-term.enable" : "watch-term.disable", "watch-term:" + id, Map.of());
		invalidate();
	}

	void invalidate() {
		compiled = new Compiled(List.of(), Instant.EPOCH);
	}

	private Compiled current() {
		Compiled now = compiled;
		if (now.loadedAt().plus(REFRESH).isAfter(clock.instant()) && now.loadedAt().isAfter(Instant.EPOCH)) {
			return now;
		}
		List<Entry> entries = all().stream()
			.filter(WatchTerm::active)
			.map(t -> new Entry(t, TextFolding.fold(t.term()).strip(),
					t.regionCode() == null ? List.of() : regions.withinScope(t.regionCode())))
			.filter(e -> !e.folded().isEmpty())
			.toList();
		Compiled fresh = new Compiled(entries, clock.instant());
		compiled = fresh;
		return fresh;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
