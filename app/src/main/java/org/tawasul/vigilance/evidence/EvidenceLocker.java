package org.tawasul.vigilance.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.audit.AuditTrail;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.blob.Blob;
import org.tawasul.platform.blob.BlobStore;
import org.tawasul.platform.blob.BlobTooLargeException;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.cases.Actor;
import org.tawasul.vigilance.cases.Case;
import org.tawasul.vigilance.cases.Cases;
import org.tawasul.vigilance.cases.VigilanceProperties;

/**
 * The evidence of cases and its chain of custody. Captures fetch a link through the {@link SafeFetcher} (outside
 * any transaction: it can take seconds) and store the exchange as a WARC file; uploads store the file as sent. Every
 * object is stored by its SHA-256 in the blob store, optionally stamped by the TSA, and never changed afterwards
 * (the table refuses updates and deletes). Every capture, view, download and export is a custody event, written to
 * {@code vigilance.custody_event} and to the audit trail in the same transaction.
 */
@Service
public class EvidenceLocker {

	private final JdbcClient jdbc;

	private final BlobStore blobs;

	private final TimestampAuthority tsa;

	private final Cases cases;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final VigilanceProperties properties;

	EvidenceLocker(JdbcClient jdbc, BlobStore blobs, TimestampAuthority tsa, Cases cases, AuditTrail audit,
			TransactionTemplate transactions, Clock clock, VigilanceProperties properties) {
		this.jdbc = jdbc;
		this.blobs = blobs;
		this.tsa = tsa;
		this.cases = cases;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.properties = properties;
	}

	SafeFetcher fetcher() {
		VigilanceProperties.Capture capture = properties.capture();
		return new SafeFetcher(capture.allowPrivate(), capture.maxBytes(), capture.connectTimeout(),
				capture.readTimeout(), capture.maxRedirects());
	}

	/** Fetches the link and stores the exchange (with any redirects) as WARC evidence of the case. */
	public Evidence capture(CaseId caseId, String url, Actor actor) {
		requireOpenCase(caseId, actor);
		Instant capturedAt = clock.instant();
		List<SafeFetcher.Exchange> exchanges = fetcher().fetch(url, Map.of());
		byte[] warc = WarcRecorder.record(exchanges, capturedAt);
		String name = "capture-" + capturedAt.toString().replace(":", "") + ".warc";
		return store(caseId, "WARC", url, "application/warc", name, new ByteArrayInputStream(warc), actor, capturedAt,
				exchanges.get(exchanges.size() - 1).status());
	}

	/** Stores an uploaded screenshot or file as evidence of the case. */
	public Evidence upload(CaseId caseId, String fileName, @Nullable String mediaType, InputStream content, Actor actor) {
		requireOpenCase(caseId, actor);
		String safeName = fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_");
		if (safeName.isBlank() || safeName.length() > 150) {
			safeName = "upload";
		}
		return store(caseId, "FILE", null, mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType,
				safeName, content, actor, clock.instant(), null);
	}

	private void requireOpenCase(CaseId caseId, Actor actor) {
		Case c = cases.get(caseId);
		if (c.stage().terminal()) {
			throw new DomainException(HttpStatus.CONFLICT, "vigilance.case.already-ended", c.stage());
		}
		if (!actor.roles().contains(org.tawasul.identity.Role.ANALYST)
				&& !actor.roles().contains(org.tawasul.identity.Role.SUPERVISOR)) {
			throw new DomainException(HttpStatus.FORBIDDEN, "vigilance.case.role-forbidden");
		}
	}

	private Evidence store(CaseId caseId, String kind, @Nullable String url, String mediaType, String fileName,
			InputStream content, Actor actor, Instant capturedAt, @Nullable Integer httpStatus) {
		Blob blob;
		try {
			blob = blobs.put(content, properties.capture().maxBytes());
		}
		catch (BlobTooLargeException e) {
			throw new CaptureRefused("vigilance.capture.too-large", String.valueOf(properties.capture().maxBytes()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Optional<TimestampAuthority.Stamp> stamp = tsa.stamp(HexFormat.of().parseHex(blob.sha256()));
		Evidence evidence = new Evidence(UUID.randomUUID(), caseId.value(), kind, url, blob.sha256(), blob.size(),
				mediaType, fileName, capturedAt, actor.username(), stamp.map(TimestampAuthority.Stamp::token).orElse(null),
				stamp.map(TimestampAuthority.Stamp::time).orElse(null), httpStatus);
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("""
					insert into vigilance.evidence (id, case_id, kind, url, sha256, size, media_type, file_name,
					    captured_at, captured_by, tsa_token, tsa_time, http_status)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(evidence.id(), evidence.caseId(), kind, url, blob.sha256(), blob.size(), mediaType, fileName,
						Timestamp.from(capturedAt), actor.username(), evidence.timestampToken(),
						evidence.timestampTime() == null ? null : Timestamp.from(evidence.timestampTime()), httpStatus)
				.update();
			custody(evidence, "capture", actor.username(), url != null ? url : fileName);
		});
		return evidence;
	}

	public List<Evidence> ofCase(CaseId caseId) {
		return jdbc.sql("select * from vigilance.evidence where case_id = ? order by captured_at")
			.param(caseId.value())
			.query((rs, n) -> map(rs))
			.list();
	}

	public Evidence get(UUID id) {
		return jdbc.sql("select * from vigilance.evidence where id = ?").param(id).query((rs, n) -> map(rs)).optional()
			.orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "vigilance.evidence.not-found", id));
	}

	/** Shows an evidence object's record to someone: a custody event. */
	public Evidence view(UUID id, String actor, String reason) {
		Evidence evidence = get(id);
		transactions.executeWithoutResult(tx -> custody(evidence, "view", actor, requireReason(reason)));
		return evidence;
	}

	/** Opens an evidence object's bytes for download: a custody event. The caller closes the stream. */
	public InputStream download(UUID id, String actor, String reason) throws IOException {
		Evidence evidence = get(id);
		transactions.executeWithoutResult(tx -> custody(evidence, "download", actor, requireReason(reason)));
		return blobs.open(evidence.sha256());
	}

	InputStream open(Evidence evidence) throws IOException {
		return blobs.open(evidence.sha256());
	}

	/** Records a custody event; must run inside a transaction (it joins it, with its audit entry). */
	void custody(Evidence evidence, String action, String actor, String reason) {
		jdbc.sql("insert into vigilance.custody_event (evidence_id, action, actor, reason, at) values (?, ?, ?, ?, ?)")
			.params(evidence.id(), action, actor, reason, Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, "evidence." + action, "evidence:" + evidence.id(),
				Map.of("case", evidence.caseId().toString(), "sha256", evidence.sha256(), "reason", reason));
	}

	public List<CustodyEvent> custodyLog(CaseId caseId) {
		return jdbc.sql("""
				select c.evidence_id, c.action, c.actor, c.reason, c.at
				from vigilance.custody_event c join vigilance.evidence e on e.id = c.evidence_id
				where e.case_id = ? order by c.id""")
			.param(caseId.value())
			.query((rs, n) -> new CustodyEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	static String requireReason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "vigilance.evidence.reason-required");
		}
		return reason.strip();
	}

	private static Evidence map(ResultSet rs) throws SQLException {
		Timestamp tsaTime = rs.getTimestamp("tsa_time");
		int status = rs.getInt("http_status");
		Integer httpStatus = rs.wasNull() ? null : status;
		return new Evidence(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("kind"),
				rs.getString("url"), rs.getString("sha256"), rs.getLong("size"), rs.getString("media_type"),
				rs.getString("file_name"), rs.getTimestamp("captured_at").toInstant(), rs.getString("captured_by"),
				rs.getBytes("tsa_token"), tsaTime == null ? null : tsaTime.toInstant(), httpStatus);
	}
}
