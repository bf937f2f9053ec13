package org.tawasul.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.tawasul.platform.DomainException;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportEscalated;
import org.tawasul.reporting.ReportId;
import org.tawasul.reporting.ReportSubmitted;
import org.tawasul.reporting.ReportTriaged;

/**
 * One citizen report (بلاغ مواطن) and the rules of its life: it is received, reviewed by triage, and ends escalated
 * to digital vigilance, rejected with a reason, or recognised as a duplicate of an earlier report. Each transition
 * checks that the report is still open, records a status change with its actor, and registers the event other
 * modules react to. Messages to the reporter and internal notes may be added at any time.
 */
public final class Report {

	/** Staff priority: 0 (normal) to 3 (immediate). */
	public static final int MAX_PRIORITY = 3;

	static final int MAX_MESSAGE_LENGTH = 4_000;

	private final ReportId id;

	private final String trackingHash;

	private final ReportCategory category;

	private final ReportContent content;

	private final String language;

	private final byte @Nullable [] sealedContact;

	private final boolean demo;

	private final Instant submittedAt;

	private final int version;

	private final boolean isNew;

	private ReportStatus status;

	private int priority;

	private @Nullable String regionCode;

	private @Nullable String assignee;

	private @Nullable ReportId duplicateOf;

	private @Nullable String rejectionReason;

	private final List<StoredAttachment> newAttachments = new ArrayList<>();

	private final List<StatusChange> newStatusChanges = new ArrayList<>();

	private final List<Entry> newMessages = new ArrayList<>();

	private final List<Entry> newNotes = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	/** A status the report reached, when, and who moved it ({@code citizen} for the submission). */
	public record StatusChange(ReportStatus status, Instant at, String actor) {
	}

	/** A message to the reporter or an internal note. */
	public record Entry(String text, Instant at, String author) {
	}

	private Report(ReportId id, String trackingHash, ReportCategory category, ReportContent content, String language,
			byte @Nullable [] sealedContact, boolean demo, Instant submittedAt, int version, boolean isNew,
			ReportStatus status, int priority, @Nullable String regionCode, @Nullable String assignee,
			@Nullable ReportId duplicateOf, @Nullable String rejectionReason) {
		this.id = id;
		this.trackingHash = trackingHash;
		this.category = category;
		this.content = content;
		this.language = language;
		this.sealedContact = sealedContact;
		this.demo = demo;
		this.submittedAt = submittedAt;
		this.version = version;
		this.isNew = isNew;
		this.status = status;
		this.priority = priority;
		this.regionCode = regionCode;
		this.assignee = assignee;
		this.duplicateOf = duplicateOf;
		this.rejectionReason = rejectionReason;
	}

	/** A citizen's new report, received now; registers {@link ReportSubmitted}. */
	static Report submit(ReportId id, String trackingHash, NewReport report, byte @Nullable [] sealedContact,
			List<StoredAttachment> attachments, boolean demo, Instant at) {
		Report created = new Report(id, trackingHash, report.category(), report.content(), report.language(),
				sealedContact, demo, at, 0, true, ReportStatus.RECEIVED, 0, report.regionCode(), null, null, null);
		created.newAttachments.addAll(attachments);
		created.newStatusChanges.add(new StatusChange(ReportStatus.RECEIVED, at, "citizen"));
		created.events.add(new ReportSubmitted(id, report.category(), report.content().text(), report.language(),
				sealedContact != null, at));
		return created;
	}

	/** A report as stored. */
	static Report restore(ReportId id, String trackingHash, ReportCategory category, ReportContent content,
			String language, byte @Nullable [] sealedContact, boolean demo, Instant submittedAt, int version,
			ReportStatus status, int priority, @Nullable String regionCode, @Nullable String assignee,
			@Nullable ReportId duplicateOf, @Nullable String rejectionReason) {
		return new Report(id, trackingHash, category, content, language, sealedContact, demo, submittedAt, version,
				false, status, priority, regionCode, assignee, duplicateOf, rejectionReason);
	}

	/** Gives the report to a triage agent; a received report goes into review. */
	void assign(String assignee, String actor, Instant at) {
		requireOpen();
		if (assignee.isBlank() || assignee.length() > 100 || assignee.chars().anyMatch(Character::isISOControl)) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "report.assignee.invalid");
		}
		this.assignee = assignee.strip();
		review(actor, at);
	}

	/** Sets the staff priority (0 normal … 3 immediate); a received report goes into review. */
	void prioritise(int priority, String actor, Instant at) {
		requireOpen();
		if (priority < 0 || priority > MAX_PRIORITY) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "report.priority.invalid", MAX_PRIORITY);
		}
		this.priority = priority;
		if (!review(actor, at)) {
			events.add(new ReportTriaged(id, status.name(), priority, actor, at));
		}
	}

	/** Places the report in a region (or none: national). Allowed in any state. */
	void placeIn(@Nullable String regionCode) {
		this.regionCode = regionCode;
	}

	/** Closes the report without follow-up; the reason is kept for staff. */
	void reject(String reason, String actor, Instant at) {
		requireOpen();
		String trimmed = reason.replace("\u0000", "").strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_MESSAGE_LENGTH) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "report.reason.required", MAX_MESSAGE_LENGTH);
		}
		this.rejectionReason = trimmed;
		moveTo(ReportStatus.REJECTED, actor, at);
		events.add(new ReportTriaged(id, status.name(), priority, actor, at));
	}

	/**
	 * Recognises this report as the same content as {@code original} (itself not a duplicate: callers pass the
	 * first report of a chain); from then on its reporter follows the original.
	 */
	void markDuplicateOf(Report original, String actor, Instant at) {
		requireOpen();
		if (original.id.equals(id)) {
			throw new ReportTransitionRefused("report.duplicate.self");
		}
		if (original.status == ReportStatus.DUPLICATE) {
			throw new ReportTransitionRefused("report.duplicate.of-duplicate");
		}
		this.duplicateOf = original.id;
		moveTo(ReportStatus.DUPLICATE, actor, at);
		events.add(new ReportTriaged(id, status.name(), priority, actor, at));
	}

	/** Hands the report to digital vigilance; registers {@link ReportEscalated} (without the reporter's contact). */
	void escalate(String actor, Instant at) {
		requireOpen();
		moveTo(ReportStatus.ESCALATED, actor, at);
		events.add(new ReportEscalated(id, category, content.text(), content.links(), regionCode, submittedAt, actor,
				at));
	}

	/** Writes to the reporter: the message shows on their tracking page (and follows duplicates). */
	void messageReporter(String text, String author, Instant at) {
		newMessages.add(new Entry(checkedText(text), at, author));
	}

	/** Adds a note only staff see. */
	void addNote(String text, String author, Instant at) {
		newNotes.add(new Entry(checkedText(text), at, author));
	}

	private static String checkedText(String text) {
		String trimmed = text.replace("\u0000", "").strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_MESSAGE_LENGTH) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "report.text.required", MAX_MESSAGE_LENGTH);
		}
		return trimmed;
	}

	private boolean review(String actor, Instant at) {
		if (status == ReportStatus.RECEIVED) {
			moveTo(ReportStatus.IN_REVIEW, actor, at);
			events.add(new ReportTriaged(id, status.name(), priority, actor, at));
			return true;
		}
		return false;
	}

	private void requireOpen() {
		if (!status.open()) {
			throw new ReportTransitionRefused("report.closed", status.name());
		}
	}

	private void moveTo(ReportStatus next, String actor, Instant at) {
		status = next;
		newStatusChanges.add(new StatusChange(next, at, actor));
	}

	/** Events registered since it was loaded; the caller publishes them in the transaction that saves it. */
	List<Object> events() {
		return List.copyOf(events);
	}

	List<StoredAttachment> newAttachments() {
		return List.copyOf(newAttachments);
	}

	List<StatusChange> newStatusChanges() {
		return List.copyOf(newStatusChanges);
	}

	List<Entry> newMessages() {
		return List.copyOf(newMessages);
	}

	List<Entry> newNotes() {
		return List.copyOf(newNotes);
	}

	boolean isNew() {
		return isNew;
	}

	public ReportId id() {
		return id;
	}

	String trackingHash() {
		return trackingHash;
	}

	public ReportCategory category() {
		return category;
	}

	public ReportContent content() {
		return content;
	}

	public String language() {
		return language;
	}

	byte @Nullable [] sealedContact() {
		return sealedContact;
	}

	public boolean hasContact() {
		return sealedContact != null;
	}

	public boolean demo() {
		return demo;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	int version() {
		return version;
	}

	public ReportStatus status() {
		return status;
	}

	public int priority() {
		return priority;
	}

	public @Nullable String regionCode() {
		return regionCode;
	}

	public @Nullable String assignee() {
		return assignee;
	}

	public @Nullable ReportId duplicateOf() {
		return duplicateOf;
	}

	public @Nullable String rejectionReason() {
		return rejectionReason;
	}
}
