package org.tawasul.newsroom.editorial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.tawasul.identity.Role;
import org.tawasul.newsroom.PublicationCorrected;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationPublished;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.PublicationWithdrawn;

/**
 * A publication and its editorial workflow. It owns its transitions and their rules:
 * <ul>
 * <li>editors draft, edit and submit; an edit after approval sends it back to draft (the approval covered the
 * earlier text);</li>
 * <li>four eyes: only an approver who is not the last editor may approve, and the same holds for the retrospective
 * review of an urgent publication;</li>
 * <li>a supervisor may publish urgently without approval; the publication is flagged and a review task stays open
 * until an approver reviews it;</li>
 * <li>a published publication changes only by correction (approver or supervisor, with a public dated note; the
 * earlier revision is kept) or withdrawal (with a public reason).</li>
 * </ul>
 * Events are collected and handed to the caller, which publishes them in the transaction that saves.
 */
public final class Publication {

	private final PublicationId id;
	private final PublicationType type;
	private PublicationState state;
	private Content content;
	private final String createdBy;
	private final Instant createdAt;
	private String lastEditor;
	private Instant updatedAt;
	private @Nullable String submittedBy;
	private @Nullable String approvedBy;
	private @Nullable Instant approvedAt;
	private @Nullable String publishedBy;
	private @Nullable Instant scheduledFor;
	private @Nullable Instant publishedAt;
	private boolean urgent;
	private boolean reviewPending;
	private @Nullable String reviewedBy;
	private @Nullable Instant reviewedAt;
	private @Nullable Instant withdrawnAt;
	private @Nullable String withdrawalReason;
	private @Nullable String returnNote;
	private final List<Correction> corrections;
	private final int version;
	private final List<Object> events = new ArrayList<>();

	Publication(PublicationId id, PublicationType type, PublicationState state, Content content, String createdBy,
			Instant createdAt, String lastEditor, Instant updatedAt, @Nullable String submittedBy,
			@Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable String publishedBy,
			@Nullable Instant scheduledFor, @Nullable Instant publishedAt, boolean urgent, boolean reviewPending,
			@Nullable String reviewedBy, @Nullable Instant reviewedAt, @Nullable Instant withdrawnAt,
			@Nullable String withdrawalReason, @Nullable String returnNote, List<Correction> corrections,
			int version) {
		this.id = id;
		this.type = type;
		this.state = state;
		this.content = content;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.lastEditor = lastEditor;
		this.updatedAt = updatedAt;
		this.submittedBy = submittedBy;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
		this.publishedBy = publishedBy;
		this.scheduledFor = scheduledFor;
		this.publishedAt = publishedAt;
		this.urgent = urgent;
		this.reviewPending = reviewPending;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
		this.withdrawnAt = withdrawnAt;
		this.withdrawalReason = withdrawalReason;
		this.returnNote = returnNote;
		this.corrections = new ArrayList<>(corrections);
		this.version = version;
	}

	/** A new draft written by an editor (or a supervisor). */
	public static Publication draft(PublicationId id, PublicationType type, Content content, Staff editor,
			Instant now) {
		requireRole(editor, Role.EDITOR, Role.SUPERVISOR);
		requireSomeTitle(content);
		return new Publication(id, type, PublicationState.DRAFT, content, editor.username(), now, editor.username(),
				now, null, null, null, null, null, null, false, false, null, null, null, null, null, List.of(), 0);
	}

	/** Replaces the content of an unpublished publication. An approved or scheduled one needs approval again. */
	public void edit(Content changed, Staff editor, Instant now) {
		requireRole(editor, Role.EDITOR, Role.SUPERVISOR);
		requireState(PublicationState.DRAFT, PublicationState.SUBMITTED, PublicationState.APPROVED,
				PublicationState.SCHEDULED);
		requireSomeTitle(changed);
		if (state == PublicationState.APPROVED || state == PublicationState.SCHEDULED) {
			state = PublicationState.DRAFT;
			approvedBy = null;
			approvedAt = null;
			scheduledFor = null;
		}
		content = changed;
		touch(editor, now);
	}

	/** Sends a complete draft to the approvers. */
	public void submit(Staff editor, Instant now) {
		requireRole(editor, Role.EDITOR, Role.SUPERVISOR);
		requireState(PublicationState.DRAFT);
		requireComplete();
		state = PublicationState.SUBMITTED;
		submittedBy = editor.username();
		returnNote = null;
		updatedAt = now;
	}

	/** An approver sends a submitted publication back to its editors with a note. */
	public void returnToDraft(Staff approver, String note, Instant now) {
		requireRole(approver, Role.APPROVER);
		requireState(PublicationState.SUBMITTED);
		state = PublicationState.DRAFT;
		returnNote = note.isBlank() ? null : note.strip();
		updatedAt = now;
	}

	/** Four eyes: an approver who is not the last editor approves the submitted text. */
	public void approve(Staff approver, Instant now) {
		requireRole(approver, Role.APPROVER);
		requireState(PublicationState.SUBMITTED);
		requireSecondPerson(approver);
		state = PublicationState.APPROVED;
		approvedBy = approver.username();
		approvedAt = now;
		updatedAt = now;
	}

	/** Publishes an approved publication now. */
	public void publish(Staff staff, Instant now) {
		requireRole(staff, Role.EDITOR, Role.APPROVER, Role.SUPERVISOR);
		requireState(PublicationState.APPROVED);
		goPublic(staff.username(), now);
	}

	/** Publishes an approved publication at a later time (the scheduler publishes it when it is due). */
	public void schedule(Staff staff, Instant at, Instant now) {
		requireRole(staff, Role.EDITOR, Role.APPROVER, Role.SUPERVISOR);
		requireState(PublicationState.APPROVED);
		if (!at.isAfter(now)) {
			throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.schedule-in-past");
		}
		state = PublicationState.SCHEDULED;
		scheduledFor = at;
		publishedBy = staff.username();
		updatedAt = now;
	}

	/** Whether a scheduled publication is due at {@code now}. */
	public boolean isDue(Instant now) {
		return state == PublicationState.SCHEDULED && scheduledFor != null && !scheduledFor.isAfter(now);
	}

	/** The scheduler's move: a due scheduled publication goes public. */
	public void publishIfDue(Instant now) {
		if (!isDue(now)) {
			throw new EditorialException(HttpStatus.CONFLICT, "newsroom.not-due");
		}
		goPublic(Objects.requireNonNullElse(publishedBy, "system"), Objects.requireNonNull(scheduledFor));
	}

	/**
	 * A supervisor publishes without prior approval (an urgent denial). The publication is flagged and an approver
	 * must review it afterwards.
	 */
	public void publishUrgently(Staff supervisor, Instant now) {
		requireRole(supervisor, Role.SUPERVISOR);
		requireState(PublicationState.DRAFT, PublicationState.SUBMITTED, PublicationState.APPROVED,
				PublicationState.SCHEDULED);
		requireComplete();
		urgent = true;
		reviewPending = approvedBy == null;
		goPublic(supervisor.username(), now);
	}

	/** The retrospective approval of an urgent publication, by an approver other than its last editor and publisher. */
	public void reviewAfterPublication(Staff approver, Instant now) {
		requireRole(approver, Role.APPROVER);
		if (!reviewPending) {
			throw new EditorialException(HttpStatus.CONFLICT, "newsroom.no-review-pending");
		}
		requireSecondPerson(approver);
		if (approver.username().equals(publishedBy)) {
			throw new EditorialException(HttpStatus.FORBIDDEN, "newsroom.four-eyes");
		}
		reviewPending = false;
		reviewedBy = approver.username();
		reviewedAt = now;
	}

	/**
	 * Corrects a published publication: the new content replaces the old (slugs stay), the earlier revision is kept,
	 * and a dated note is shown publicly.
	 *
	 * @param revisionBefore the revision number of the version being replaced
	 */
	public void correct(Content corrected, String note, Staff staff, Instant now, int revisionBefore) {
		requireRole(staff, Role.APPROVER, Role.SUPERVISOR);
		requireState(PublicationState.PUBLISHED);
		if (note.isBlank()) {
			throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.correction-note-required");
		}
		var translations = new java.util.LinkedHashMap<String, Translation>();
		corrected.translations().forEach((language, t) -> translations.put(language,
				content.translation(language).map(old -> t.withSlug(old.slug())).orElse(t)));
		Content keptSlugs = corrected.withTranslations(translations);
		List<String> missing = keptSlugs.missing(type);
		if (!missing.isEmpty()) {
			throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.incomplete", missing.size());
		}
		content = keptSlugs;
		Correction correction = new Correction(corrections.size() + 1, now, staff.username(), note.strip(),
				revisionBefore);
		corrections.add(correction);
		touch(staff, now);
		events.add(new PublicationCorrected(id, type, correction.note(), revisionBefore, now));
	}

	/** Withdraws a published publication; its page stays and says why. */
	public void withdraw(String reason, Staff staff, Instant now) {
		requireRole(staff, Role.APPROVER, Role.SUPERVISOR);
		requireState(PublicationState.PUBLISHED);
		if (reason.isBlank()) {
			throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.withdrawal-reason-required");
		}
		state = PublicationState.WITHDRAWN;
		withdrawnAt = now;
		withdrawalReason = reason.strip();
		reviewPending = false;
		updatedAt = now;
		events.add(new PublicationWithdrawn(id, type, withdrawalReason, now));
	}

	/** Replaces the slugs chosen by the repository (free and unique per language) before the first save. */
	void assignSlugs(java.util.Map<String, String> slugs) {
		var translations = new java.util.LinkedHashMap<String, Translation>();
		content.translations().forEach((language, t) -> translations.put(language,
				t.withSlug(slugs.getOrDefault(language, t.slug()))));
		content = content.withTranslations(translations);
	}

	private void goPublic(String by, Instant at) {
		requireComplete();
		state = PublicationState.PUBLISHED;
		publishedBy = by;
		publishedAt = at;
		scheduledFor = null;
		updatedAt = at;
		events.add(new PublicationPublished(id, type, List.copyOf(content.translations().keySet()),
				content.caseIds(), urgent, at));
	}

	private void touch(Staff editor, Instant now) {
		lastEditor = editor.username();
		updatedAt = now;
	}

	private void requireSecondPerson(Staff approver) {
		if (approver.username().equals(lastEditor)) {
			throw new EditorialException(HttpStatus.FORBIDDEN, "newsroom.four-eyes");
		}
	}

	private void requireComplete() {
		List<String> missing = content.missing(type);
		if (!missing.isEmpty()) {
			throw new IncompletePublicationException(missing);
		}
	}

	private static void requireSomeTitle(Content content) {
		if (content.translations().values().stream().allMatch(t -> t.title().isEmpty())) {
			throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.title-required");
		}
	}

	private void requireState(PublicationState... allowed) {
		for (PublicationState s : allowed) {
			if (state == s) {
				return;
			}
		}
		throw new EditorialException(HttpStatus.CONFLICT, "newsroom.illegal-transition", state.name());
	}

	private static void requireRole(Staff staff, Role... roles) {
		if (!staff.hasAny(roles)) {
			throw new EditorialException(HttpStatus.FORBIDDEN, "newsroom.role-required");
		}
	}

	/** Events registered by the transitions since the last call; the caller publishes them. */
	public List<Object> takeEvents() {
		List<Object> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	public PublicationId id() { return id; }
	public PublicationType type() { return type; }
	public PublicationState state() { return state; }
	public Content content() { return content; }
	public String createdBy() { return createdBy; }
	public Instant createdAt() { return createdAt; }
	public String lastEditor() { return lastEditor; }
	public Instant updatedAt() { return updatedAt; }
	public @Nullable String submittedBy() { return submittedBy; }
	public @Nullable String approvedBy() { return approvedBy; }
	public @Nullable Instant approvedAt() { return approvedAt; }
	public @Nullable String publishedBy() { return publishedBy; }
	public @Nullable Instant scheduledFor() { return scheduledFor; }
	public @Nullable Instant publishedAt() { return publishedAt; }
	public boolean urgent() { return urgent; }
	public boolean reviewPending() { return reviewPending; }
	public @Nullable String reviewedBy() { return reviewedBy; }
	public @Nullable Instant reviewedAt() { return reviewedAt; }
	public @Nullable Instant withdrawnAt() { return withdrawnAt; }
	public @Nullable String withdrawalReason() { return withdrawalReason; }
	public @Nullable String returnNote() { return returnNote; }
	public List<Correction> corrections() { return List.copyOf(corrections); }
	/** The optimistic-locking version this object was loaded with. */
	public int version() { return version; }
}
