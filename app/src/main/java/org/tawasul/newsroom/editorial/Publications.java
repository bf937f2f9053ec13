package org.tawasul.newsroom.editorial;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publications in PostgreSQL. Saving checks the version the caller loaded (optimistic locking: a stale save
 * fails with 409 and loses nothing already saved) and writes a revision with the whole content, so every earlier
 * version stays readable.
 */
@Repository
public class Publications {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Publications(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<Publication> find(PublicationId id) {
		return jdbc.sql("select * from newsroom.publication where id = ?")
			.param(id.value())
			.query((rs, n) -> row(rs))
			.optional()
			.map(row -> complete(List.of(row)).get(0));
	}

	public Publication get(PublicationId id) {
		return find(id).orElseThrow(() -> new EditorialException(HttpStatus.NOT_FOUND, "newsroom.not-found"));
	}

	/** The publication that holds {@code slug} in {@code language}, if any. */
	public Optional<PublicationId> slugOwner(String language, String slug) {
		return jdbc.sql("select publication_id from newsroom.translation where language = ? and slug = ?")
			.params(language, slug)
			.query(UUID.class)
			.optional()
			.map(PublicationId::new);
	}

	/** Saves the publication (insert or versioned update) and a revision; returns the new version (= revision number). */
	public int save(Publication p, String editor, Instant savedAt) {
		int newVersion = p.version() + 1;
		Content c = p.content();
		if (p.version() == 0) {
			jdbc.sql("""
					insert into newsroom.publication (id, type, state, created_by, created_at, last_editor, updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(p.id().value(), p.type().name(), p.state().name(), p.createdBy(), ts(p.createdAt()),
						p.lastEditor(), ts(p.updatedAt()))
				.update();
		}
		int updated = jdbc.sql("""
				update newsroom.publication set state = :state, region_code = :region, tags = :tags::text[],
				  case_ids = :cases::uuid[], group_ids = :groups::uuid[], lead_image_sha256 = :image,
				  claim_appearance = :appearance, claim_verdict = :verdict, media_outlet = :outlet, air_date = :airDate,
				  last_editor = :lastEditor, updated_at = :updatedAt, submitted_by = :submittedBy,
				  approved_by = :approvedBy, approved_at = :approvedAt, published_by = :publishedBy,
				  scheduled_for = :scheduledFor, published_at = :publishedAt, urgent = :urgent,
				  review_pending = :reviewPending, reviewed_by = :reviewedBy, reviewed_at = :reviewedAt,
				  withdrawn_at = :withdrawnAt, withdrawal_reason = :withdrawalReason, return_note = :returnNote,
				  version = :newVersion
				where id = :id and version = :version""")
			.param("state", p.state().name())
			.param("region", c.regionCode())
			.param("tags", c.tags().toArray(String[]::new))
			.param("cases", c.caseIds().stream().map(UUID::toString).toArray(String[]::new))
			.param("groups", c.groupIds().stream().map(UUID::toString).toArray(String[]::new))
			.param("image", c.leadImageSha256())
			.param("appearance", c.claimAppearance())
			.param("verdict", c.verdict() == null ? null : c.verdict().name())
			.param("outlet", c.mediaOutlet())
			.param("airDate", c.airDate())
			.param("lastEditor", p.lastEditor())
			.param("updatedAt", ts(p.updatedAt()))
			.param("submittedBy", p.submittedBy())
			.param("approvedBy", p.approvedBy())
			.param("approvedAt", ts(p.approvedAt()))
			.param("publishedBy", p.publishedBy())
			.param("scheduledFor", ts(p.scheduledFor()))
			.param("publishedAt", ts(p.publishedAt()))
			.param("urgent", p.urgent())
			.param("reviewPending", p.reviewPending())
			.param("reviewedBy", p.reviewedBy())
			.param("reviewedAt", ts(p.reviewedAt()))
			.param("withdrawnAt", ts(p.withdrawnAt()))
			.param("withdrawalReason", p.withdrawalReason())
			.param("returnNote", p.returnNote())
			.param("newVersion", newVersion)
			.param("id", p.id().value())
			.param("version", p.version())
			.update();
		if (updated != 1) {
			throw new EditorialException(HttpStatus.CONFLICT, "newsroom.stale");
		}
		jdbc.sql("delete from newsroom.translation where publication_id = ?").param(p.id().value()).update();
		for (Translation t : c.translations().values()) {
			jdbc.sql("""
					insert into newsroom.translation (publication_id, language, slug, title, summary, body_html,
					  image_alt, claim_text, evidence) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(p.id().value(), t.language(), t.slug(), t.title(), t.summary(), t.bodyHtml(), t.imageAlt(),
						t.claimText(), t.evidence())
				.update();
		}
		int known = jdbc.sql("select count(*) from newsroom.correction where publication_id = ?")
			.param(p.id().value())
			.query(Integer.class)
			.single();
		for (Correction correction : p.corrections()) {
			if (correction.number() > known) {
				jdbc.sql("""
						insert into newsroom.correction (publication_id, number, corrected_at, corrected_by, note,
						  revision_before) values (?, ?, ?, ?, ?, ?)""")
					.params(p.id().value(), correction.number(), ts(correction.correctedAt()),
							correction.correctedBy(), correction.note(), correction.revisionBefore())
					.update();
			}
		}
		jdbc.sql("""
				insert into newsroom.revision (publication_id, number, editor, saved_at, state, snapshot)
				values (?, ?, ?, ?, ?, ?::jsonb)""")
			.params(p.id().value(), newVersion, editor, ts(savedAt), p.state().name(),
					json.writeValueAsString(c))
			.update();
		return newVersion;
	}

	/** The revisions of a publication, newest first. */
	public List<Revision> revisions(PublicationId id) {
		return jdbc.sql("""
				select number, editor, saved_at, state, snapshot::text from newsroom.revision
				where publication_id = ? order by number desc""")
			.param(id.value())
			.query((rs, n) -> new Revision(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					PublicationState.valueOf(rs.getString(4)), json.readValue(rs.getString(5), Content.class)))
			.list();
	}

	/** Scheduled publications whose time has come. */
	public List<PublicationId> dueAt(Instant now) {
		return jdbc.sql("select id from newsroom.publication where state = 'SCHEDULED' and scheduled_for <= ?")
			.param(ts(now))
			.query(UUID.class)
			.list()
			.stream()
			.map(PublicationId::new)
			.toList();
	}

	/** The editorial queue: what is not yet public, plus urgent publications awaiting their review. */
	public List<Publication> workQueue(int limit) {
		return complete(jdbc.sql("""
				select * from newsroom.publication
				where state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SCHEDULED') or review_pending
				order by updated_at desc limit ?""")
			.param(limit)
			.query((rs, n) -> row(rs))
			.list());
	}

	/** Recently published or withdrawn publications, newest first. */
	public List<Publication> recentlyPublic(int limit) {
		return complete(jdbc.sql("""
				select * from newsroom.publication where state in ('PUBLISHED', 'WITHDRAWN')
				order by published_at desc limit ?""")
			.param(limit)
			.query((rs, n) -> row(rs))
			.list());
	}

	/** Every public publication (for rebuilding indexes), oldest first. */
	public List<Publication> allPublic() {
		return complete(jdbc.sql("select * from newsroom.publication where state = 'PUBLISHED' order by published_at")
			.query((rs, n) -> row(rs))
			.list());
	}

	/**
	 * Adds the translations and corrections to publication rows already read, two queries for all of them. They are
	 * never loaded from inside a row mapper: outside a transaction each nested query takes a second pooled
	 * connection while the outer one is held, and as many concurrent page renders as the pool has connections then
	 * wait for each other until the pool times out (seen as the home page answering nothing under 64 connections).
	 */
	private List<Publication> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
		Map<UUID, Map<String, Translation>> translations = new LinkedHashMap<>();
		jdbc.sql("select * from newsroom.translation where publication_id = any(?) order by publication_id, language")
			.param(ids)
			.query((row, n) -> {
				translations.computeIfAbsent(row.getObject("publication_id", UUID.class), k -> new LinkedHashMap<>())
					.put(row.getString("language"), new Translation(row.getString("language"), row.getString("slug"),
							row.getString("title"), row.getString("summary"), row.getString("body_html"),
							row.getString("image_alt"), row.getString("claim_text"), row.getString("evidence")));
				return null;
			})
			.list();
		Map<UUID, List<Correction>> corrections = new LinkedHashMap<>();
		jdbc.sql("""
				select publication_id, number, corrected_at, corrected_by, note, revision_before from newsroom.correction
				where publication_id = any(?) order by publication_id, number""")
			.param(ids)
			.query((row, n) -> corrections.computeIfAbsent(row.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(new Correction(row.getInt(2), row.getTimestamp(3).toInstant(), row.getString(4), row.getString(5),
						row.getInt(6))))
			.list();
		List<Publication> out = new ArrayList<>(rows.size());
		for (Row row : rows) {
			out.add(row.assembly().with(translations.getOrDefault(row.id(), new LinkedHashMap<>()),
					corrections.getOrDefault(row.id(), List.of())));
		}
		return out;
	}

	/** Reads the columns of one publication row; the rest comes from {@link #complete(List)}. */
	private static Row row(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String verdict = rs.getString("claim_verdict");
		java.sql.Date airDate = rs.getDate("air_date");
		String region = rs.getString("region_code");
		List<String> tags = strings(rs.getArray("tags"));
		List<UUID> cases = uuids(rs.getArray("case_ids"));
		List<UUID> groups = uuids(rs.getArray("group_ids"));
		String leadImage = rs.getString("lead_image_sha256");
		String appearance = rs.getString("claim_appearance");
		String outlet = rs.getString("media_outlet");
		PublicationType type = PublicationType.valueOf(rs.getString("type"));
		PublicationState state = PublicationState.valueOf(rs.getString("state"));
		String createdBy = rs.getString("created_by");
		Instant createdAt = instant(rs, "created_at");
		String lastEditor = rs.getString("last_editor");
		Instant updatedAt = instant(rs, "updated_at");
		String submittedBy = rs.getString("submitted_by");
		String approvedBy = rs.getString("approved_by");
		Instant approvedAt = instant(rs, "approved_at");
		String publishedBy = rs.getString("published_by");
		Instant scheduledFor = instant(rs, "scheduled_for");
		Instant publishedAt = instant(rs, "published_at");
		boolean urgent = rs.getBoolean("urgent");
		boolean reviewPending = rs.getBoolean("review_pending");
		String reviewedBy = rs.getString("reviewed_by");
		Instant reviewedAt = instant(rs, "reviewed_at");
		Instant withdrawnAt = instant(rs, "withdrawn_at");
		String withdrawalReason = rs.getString("withdrawal_reason");
		String returnNote = rs.getString("return_note");
		int version = rs.getInt("version");
		return new Row(id, (translations, corrections) -> new Publication(new PublicationId(id), type, state,
				new Content(translations, region, tags, cases, groups, leadImage, appearance,
						verdict == null ? null : ClaimVerdict.valueOf(verdict), outlet,
						airDate == null ? null : airDate.toLocalDate()),
				createdBy, createdAt, lastEditor, updatedAt, submittedBy, approvedBy, approvedAt, publishedBy,
				scheduledFor, publishedAt, urgent, reviewPending, reviewedBy, reviewedAt, withdrawnAt, withdrawalReason,
				returnNote, corrections, version));
	}

	/** A publication row read, waiting for its translations and corrections. */
	private record Row(UUID id, Assembly assembly) {
	}

	@FunctionalInterface
	private interface Assembly {

		Publication with(Map<String, Translation> translations, List<Correction> corrections);
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		List<UUID> out = new ArrayList<>();
		for (Object o : (Object[]) array.getArray()) {
			out.add(o instanceof UUID u ? u : UUID.fromString(o.toString()));
		}
		return out;
	}

	@SuppressWarnings("NullAway")
	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static @Nullable LocalDate date(java.sql.@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

	/** One saved version of a publication. */
	public record Revision(int number, String editor, Instant savedAt, PublicationState state, Content content) {
	}
}
