package org.tawasul.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.tawasul.platform.DomainException;
import org.tawasul.reporting.ReportId;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen files a report: its attachments are screened and durably stored, then the report, its first status,
 * its idempotency claim and the {@code ReportSubmitted} publication commit in one transaction (which concurrent
 * submissions share: {@link GroupCommit}). Only after that commit does the citizen get the tracking code. During a
 * burst the transaction holds the claim and an entry of the intake journal instead, and the report is filed moments
 * later ({@link ReportFiler}, ADR 0105): as durable, about a fifth of the work before the answer. A retried request
 * with the same idempotency key gets the same report back; the same key with another request is refused.
 * Without files, the key is claimed first and looked up only when the claim fails (a retry is rare; one statement
 * saved on every report).
 */
@Service
public class SubmitReport {

	private final Reports reports;

	private final AttachmentScreening screening;

	private final Idempotency idempotency;

	private final ContactVault vault;

	private final IntakeJournal journal;

	private final ReportFiler filer;

	private final GroupCommit transaction;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	SubmitReport(Reports reports, AttachmentScreening screening, Idempotency idempotency, ContactVault vault,
			IntakeJournal journal, ReportFiler filer, GroupCommit transaction, Clock clock) {
		this.reports = reports;
		this.screening = screening;
		this.idempotency = idempotency;
		this.vault = vault;
		this.journal = journal;
		this.filer = filer;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * An idempotency key as the client sent it, the client it came from (its address, never stored as such) and a
	 * digest of the request, to tell a retry from a different request under the same key.
	 */
	public record IdempotencyKey(String key, String clientAddress, String requestHash) {

		public IdempotencyKey {
			if (key.isEmpty() || key.length() > 128 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
				throw new DomainException(HttpStatus.BAD_REQUEST, "problem.idempotency-key.invalid");
			}
		}
	}

	/**
	 * What the citizen is told.
	 *
	 * @param replayed whether this answers a retry of an earlier request (nothing new was stored)
	 */
	public record Submission(ReportId reportId, TrackingCode code, Instant submittedAt, List<RefusedFile> refused,
			boolean replayed) {
	}

	/** Stores a citizen's report; see the class description. */
	public Submission submit(NewReport report, List<Upload> uploads, @Nullable IdempotencyKey key) {
		String clientRef = key == null ? null : vault.clientRef(key.clientAddress());
		if (key != null && !uploads.isEmpty()) { // a retry is answered before its files are screened and stored again
			Optional<Submission> earlier = replay(key, clientRef);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		AttachmentScreening.Screening screened = screening.screen(uploads);
		ReportId id = ReportId.generate();
		TrackingCode code = TrackingCode.generate();
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL keeps it
		byte[] contact = report.hasContact() ? vault.seal(json.writeValueAsString(
				new SealedContact(report.email(), report.phone(), code.value())), id.toString()) : null;
		SqlStatement claim = key == null ? null
				: idempotency.claimStatement(key.key(), clientRef, key.requestHash(), id, code, now);
		SqlStatement deferred = filer.shouldDefer()
				? journal.insert(id, code, report, contact, screened.kept(), now, claim) : null;
		boolean stored;
		if (deferred != null) { // one statement, sent to PostgreSQL in one batch with the other waiting submissions'
			stored = transaction.update(deferred) == 1;
			if (stored) {
				filer.added();
			}
		}
		else {
			stored = Boolean.TRUE.equals(transaction.execute(status -> {
				if (claim != null && !idempotency.claim(claim)) {
					return false;
				}
				reports.save(Report.submit(id, code.hash(), report, contact, screened.kept(), false, now));
				return true;
			}));
		}
		if (!stored) {
			return replay(key, clientRef).orElseThrow(() -> new DomainException(HttpStatus.CONFLICT,
					"problem.idempotency-key.conflict"));
		}
		return new Submission(id, code, now, screened.refused(), false);
	}

	private Optional<Submission> replay(IdempotencyKey key, String clientRef) {
		return idempotency.find(key.key(), clientRef).map(claim -> {
			if (!claim.requestHash().equals(key.requestHash())) {
				throw new DomainException(HttpStatus.CONFLICT, "problem.idempotency-key.conflict");
			}
			return new Submission(claim.reportId(), claim.code(), claim.createdAt(), List.of(), true);
		});
	}

	/** What is sealed with a report whose reporter left a contact. */
	record SealedContact(@Nullable String email, @Nullable String phone, String code) {
	}
}
