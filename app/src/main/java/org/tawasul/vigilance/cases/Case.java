package org.tawasul.vigilance.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tawasul.identity.Role;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.CaseOpened;
import org.tawasul.vigilance.CaseStage;
import org.tawasul.vigilance.CaseStageChanged;

/**
 * A vigilance case: one harmful content or rumour the service answers, from first detection to public
 * communication. It owns its stage order:
 * <ol>
 * <li>{@code DETECTED → EXPERTISE}: always first; an analyst or supervisor examined the content.</li>
 * <li>{@code → INTERVENTION → JUDICIAL}: each optional (a rumour needs no field unit), never backwards; the judicial
 * stage needs the prosecutor's reference (we do not manage the investigation).</li>
 * <li>{@code → COMMUNICATION}: by a published publication that names the case (from any open stage: the public was
 * answered, whatever the paperwork says) or by hand with a link to the statement, after expertise.</li>
 * <li>{@code → CLOSED}: after communication. {@code DISMISSED}: by a supervisor, from any open stage, with a
 * reason.</li>
 * </ol>
 * The clock runs from {@link #detectedAt()} (the earliest linked item or report) to {@link #communicatedAt()}.
 */
public final class Case {

	private final CaseId id;

	private final String title;

	private final String category;

	private final int severity;

	private final @Nullable String regionCode;

	private final String openedBy;

	private final Instant openedAt;

	private CaseStage stage;

	private Instant detectedAt;

	private @Nullable Instant communicatedAt;

	private @Nullable String communicationLink;

	private @Nullable UUID publicationId;

	private @Nullable String prosecutorReference;

	private @Nullable String dismissalReason;

	private @Nullable Instant slaBreachedAt;

	private final int version;

	private final List<StageEntry> history;

	private final List<StageEntry> newEntries = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	Case(CaseId id, String title, String category, int severity, @Nullable String regionCode, String openedBy,
			Instant openedAt, CaseStage stage, Instant detectedAt, @Nullable Instant communicatedAt,
			@Nullable String communicationLink, @Nullable UUID publicationId, @Nullable String prosecutorReference,
			@Nullable String dismissalReason, @Nullable Instant slaBreachedAt, int version, List<StageEntry> history) {
		this.id = id;
		this.title = title;
		this.category = category;
		this.severity = severity;
		this.regionCode = regionCode;
		this.openedBy = openedBy;
		this.openedAt = openedAt;
		this.stage = stage;
		this.detectedAt = detectedAt;
		this.communicatedAt = communicatedAt;
		this.communicationLink = communicationLink;
		this.publicationId = publicationId;
		this.prosecutorReference = prosecutorReference;
		this.dismissalReason = dismissalReason;
		this.slaBreachedAt = slaBreachedAt;
		this.version = version;
		this.history = new ArrayList<>(history);
	}

	/** Opens a case in the detected stage; {@code detectedAt} may not be after {@code now}. */
	public static Case open(String title, String category, int severity, @Nullable String regionCode,
			Instant detectedAt, Actor actor, Instant now) {
		if (title.isBlank()) {
			throw CaseRuleViolated.invalid("vigilance.case.title-required");
		}
		if (!actor.may(Role.ANALYST, Role.SUPERVISOR) && !"system".equals(actor.username())) {
			throw CaseRuleViolated.forbidden("vigilance.case.role-forbidden");
		}
		Instant detected = detectedAt.isAfter(now) ? now : detectedAt;
		StageEntry first = new StageEntry(CaseStage.DETECTED, actor.username(), null, now);
		Case opened = new Case(CaseId.generate(), title.strip(), category, severity, regionCode, actor.username(), now,
				CaseStage.DETECTED, detected, null, null, null, null, null, null, 0, List.of());
		opened.history.add(first);
		opened.newEntries.add(first);
		opened.events.add(new CaseOpened(opened.id, opened.title, category, severity, regionCode, detected,
				actor.username(), now));
		return opened;
	}

	/**
	 * Moves the case forward to expertise, intervention, judicial or closed.
	 *
	 * @param reference the prosecutor's reference, required for {@code JUDICIAL}
	 */
	public void advance(CaseStage target, Actor actor, @Nullable String note, @Nullable String reference,
			Instant now) {
		requireWorker(actor);
		requireOpen();
		switch (target) {
			case EXPERTISE -> requireFrom(target, CaseStage.DETECTED);
			case INTERVENTION -> requireFrom(target, CaseStage.EXPERTISE);
			case JUDICIAL -> {
				requireFrom(target, CaseStage.EXPERTISE, CaseStage.INTERVENTION);
				if (reference == null || reference.isBlank()) {
					throw CaseRuleViolated.invalid("vigilance.case.reference-required");
				}
				prosecutorReference = reference.strip();
			}
			case CLOSED -> requireFrom(target, CaseStage.COMMUNICATION);
			case COMMUNICATION -> throw CaseRuleViolated.invalid("vigilance.case.communication-needs-link");
			case DISMISSED -> throw CaseRuleViolated.invalid("vigilance.case.dismiss-needs-reason");
			case DETECTED -> throw CaseRuleViolated.conflict("vigilance.case.stage-order", stage, target);
		}
		moveTo(target, actor.username(), note, now);
	}

	/** The public was answered elsewhere than in our newsroom (or before it existed): by hand, with the link. */
	public void communicateByHand(String link, Actor actor, @Nullable String note, Instant now) {
		requireWorker(actor);
		requireOpen();
		requireFrom(CaseStage.COMMUNICATION, CaseStage.EXPERTISE, CaseStage.INTERVENTION, CaseStage.JUDICIAL);
		if (!link.startsWith("https://") && !link.startsWith("http://")) {
			throw CaseRuleViolated.invalid("vigilance.case.communication-needs-link");
		}
		communicationLink = link.strip();
		communicatedAt = now;
		moveTo(CaseStage.COMMUNICATION, actor.username(), note, now);
	}

	/**
	 * A publication naming this case went public: the communication stage completes and the clock stops, whatever
	 * open stage the case was in. Ignored (returns false) when the case was already answered, closed or dismissed.
	 */
	public boolean communicatedByPublication(UUID publication, Instant publishedAt, Instant now) {
		if (stage.terminal() || stage == CaseStage.COMMUNICATION) {
			return false;
		}
		publicationId = publication;
		communicatedAt = publishedAt;
		moveTo(CaseStage.COMMUNICATION, "system", "publication:" + publication, now);
		return true;
	}

	/** A supervisor decided the case needs no answer; the reason is kept. */
	public void dismiss(String reason, Actor actor, Instant now) {
		if (!actor.may(Role.SUPERVISOR)) {
			throw CaseRuleViolated.forbidden("vigilance.case.dismiss-supervisor-only");
		}
		requireOpen();
		if (reason.isBlank()) {
			throw CaseRuleViolated.invalid("vigilance.case.dismiss-needs-reason");
		}
		dismissalReason = reason.strip();
		moveTo(CaseStage.DISMISSED, actor.username(), dismissalReason, now);
	}

	/** Linking an item or report detected earlier moves the start of the clock back to it. */
	public void detectedAt(Instant detection) {
		if (detection.isBefore(detectedAt)) {
			detectedAt = detection;
		}
	}

	/** Records that the breach was announced; returns false if it already was (announce once). */
	boolean markBreached(Instant now) {
		if (slaBreachedAt != null) {
			return false;
		}
		slaBreachedAt = now;
		return true;
	}

	/** Time on the clock: from detection to communication, or to {@code now} while unanswered. */
	public Duration elapsed(Instant now) {
		Instant end = communicatedAt != null ? communicatedAt : (stage == CaseStage.DISMISSED ? lastAt() : now);
		return Duration.between(detectedAt, end.isBefore(detectedAt) ? detectedAt : end);
	}

	private Instant lastAt() {
		return history.isEmpty() ? openedAt : history.get(history.size() - 1).at();
	}

	private void moveTo(CaseStage target, String actor, @Nullable String note, Instant now) {
		CaseStage from = stage;
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		StageEntry entry = new StageEntry(target, actor, cleanNote, now);
		stage = target;
		history.add(entry);
		newEntries.add(entry);
		events.add(new CaseStageChanged(id, from, target, actor, cleanNote, now));
	}

	private void requireWorker(Actor actor) {
		if (!actor.may(Role.ANALYST, Role.SUPERVISOR)) {
			throw CaseRuleViolated.forbidden("vigilance.case.role-forbidden");
		}
	}

	private void requireOpen() {
		if (stage.terminal()) {
			throw CaseRuleViolated.conflict("vigilance.case.already-ended", stage);
		}
	}

	private void requireFrom(CaseStage target, CaseStage... allowed) {
		for (CaseStage s : allowed) {
			if (s == stage) {
				return;
			}
		}
		throw CaseRuleViolated.conflict("vigilance.case.stage-order", stage, target);
	}

	/** Events registered since load, to publish when the case is saved; clears them. */
	List<Object> drainEvents() {
		List<Object> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	List<StageEntry> drainNewEntries() {
		List<StageEntry> drained = List.copyOf(newEntries);
		newEntries.clear();
		return drained;
	}

	public CaseId id() { return id; }

	public String title() { return title; }

	public String category() { return category; }

	public int severity() { return severity; }

	public @Nullable String regionCode() { return regionCode; }

	public String openedBy() { return openedBy; }

	public Instant openedAt() { return openedAt; }

	public CaseStage stage() { return stage; }

	public Instant detectedAt() { return detectedAt; }

	public @Nullable Instant communicatedAt() { return communicatedAt; }

	public @Nullable String communicationLink() { return communicationLink; }

	public @Nullable UUID publicationId() { return publicationId; }

	public @Nullable String prosecutorReference() { return prosecutorReference; }

	public @Nullable String dismissalReason() { return dismissalReason; }

	public @Nullable Instant slaBreachedAt() { return slaBreachedAt; }

	int version() { return version; }

	public List<StageEntry> history() { return List.copyOf(history); }
}
