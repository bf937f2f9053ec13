package org.tawasul.newsroom.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tawasul.audit.AuditTrail;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;

/**
 * The newsroom's use cases. Each loads the publication, checks the version the staff member saw (a stale form gets
 * a 409 with a clear message instead of overwriting someone's work), lets the aggregate apply its rules, saves a
 * revision, records the action in the audit trail and publishes the aggregate's events, all in one transaction.
 */
@Service
public class EditorialDesk {

	private final Publications publications;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EditorialDesk(Publications publications, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.publications = publications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Starts a draft; rich text is sanitised and the number of removed elements reported. */
	@Transactional
	public Saved draft(PublicationType type, Content content, Staff editor) {
		Instant now = clock.instant();
		Sanitised clean = sanitise(content);
		Publication p = Publication.draft(PublicationId.generate(), type, clean.content(), editor, now);
		p.assignSlugs(slugs(p));
		int version = save(p, editor, "publication.draft", Map.of("type", type.name()));
		return new Saved(p.id(), version, clean.removed());
	}

	@Transactional
	public Saved edit(PublicationId id, int expectedVersion, Content content, Staff editor) {
		Sanitised clean = sanitise(content);
		Publication p = load(id, expectedVersion);
		p.edit(clean.content(), editor, clock.instant());
		p.assignSlugs(slugs(p));
		int version = save(p, editor, "publication.edit", Map.of());
		return new Saved(id, version, clean.removed());
	}

	@Transactional
	public int submit(PublicationId id, int expectedVersion, Staff editor) {
		return act(id, expectedVersion, editor, "publication.submit", p -> p.submit(editor, clock.instant()));
	}

	@Transactional
	public int returnToDraft(PublicationId id, int expectedVersion, String note, Staff approver) {
		return act(id, expectedVersion, approver, "publication.return",
				p -> p.returnToDraft(approver, note, clock.instant()));
	}

	@Transactional
	public int approve(PublicationId id, int expectedVersion, Staff approver) {
		return act(id, expectedVersion, approver, "publication.approve", p -> p.approve(approver, clock.instant()));
	}

	@Transactional
	public int publish(PublicationId id, int expectedVersion, Staff staff) {
		return act(id, expectedVersion, staff, "publication.publish", p -> p.publish(staff, clock.instant()));
	}

	@Transactional
	public int schedule(PublicationId id, int expectedVersion, Instant at, Staff staff) {
		return act(id, expectedVersion, staff, "publication.schedule",
				p -> p.schedule(staff, at, clock.instant()));
	}

	@Transactional
	public int publishUrgently(PublicationId id, int expectedVersion, Staff supervisor) {
		return act(id, expectedVersion, supervisor, "publication.publish-urgently",
				p -> p.publishUrgently(supervisor, clock.instant()));
	}

	@Transactional
	public int review(PublicationId id, int expectedVersion, Staff approver) {
		return act(id, expectedVersion, approver, "publication.review",
				p -> p.reviewAfterPublication(approver, clock.instant()));
	}

	@Transactional
	public Saved correct(PublicationId id, int expectedVersion, Content content, String note, Staff staff) {
		Sanitised clean = sanitise(content);
		Publication p = load(id, expectedVersion);
		p.correct(clean.content(), note, staff, clock.instant(), expectedVersion);
		int version = save(p, staff, "publication.correct", Map.of("note", note.strip()));
		return new Saved(id, version, clean.removed());
	}

	@Transactional
	public int withdraw(PublicationId id, int expectedVersion, String reason, Staff staff) {
		return act(id, expectedVersion, staff, "publication.withdraw",
				p -> p.withdraw(reason, staff, clock.instant()));
	}

	/** Publishes one due scheduled publication; returns whether it was due (called by the scheduler). */
	@Transactional
	public boolean publishIfDue(PublicationId id) {
		Publication p = publications.get(id);
		Instant now = clock.instant();
		if (!p.isDue(now)) {
			return false;
		}
		p.publishIfDue(now);
		save(p, new Staff("system", java.util.Set.of()), "publication.publish-scheduled", Map.of());
		return true;
	}

	private int act(PublicationId id, int expectedVersion, Staff staff, String action, Consumer<Publication> change) {
		Publication p = load(id, expectedVersion);
		change.accept(p);
		return save(p, staff, action, Map.of());
	}

	private Publication load(PublicationId id, int expectedVersion) {
		Publication p = publications.get(id);
		if (p.version() != expectedVersion) {
			throw new EditorialException(HttpStatus.CONFLICT, "newsroom.stale");
		}
		return p;
	}

	private int save(Publication p, Staff staff, String action, Map<String, String> details) {
		int version;
		try {
			version = publications.save(p, staff.username(), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new EditorialException(HttpStatus.CONFLICT, "newsroom.slug-taken", "");
		}
		Map<String, String> all = new LinkedHashMap<>(details);
		all.put("state", p.state().name());
		all.put("version", Integer.toString(version));
		audit.record(staff.username(), action, "publication:" + p.id(), all);
		p.takeEvents().forEach(events::publishEvent);
		return version;
	}

	/** Free, valid slugs: typed ones are checked, missing ones are made from the title and suffixed when taken. */
	private Map<String, String> slugs(Publication p) {
		Map<String, String> chosen = new LinkedHashMap<>();
		for (Translation t : p.content().translations().values()) {
			if (!t.slug().isEmpty()) {
				if (!Slugs.isValid(t.slug())) {
					throw new EditorialException(HttpStatus.UNPROCESSABLE_ENTITY, "newsroom.slug-invalid", t.slug());
				}
				publications.slugOwner(t.language(), t.slug()).filter(owner -> !owner.equals(p.id())).ifPresent(owner -> {
					throw new EditorialException(HttpStatus.CONFLICT, "newsroom.slug-taken", t.slug());
				});
				chosen.put(t.language(), t.slug());
				continue;
			}
			String base = Slugs.of(t.title());
			String candidate = base;
			for (int n = 2; publications.slugOwner(t.language(), candidate).filter(o -> !o.equals(p.id())).isPresent(); n++) {
				candidate = base + "-" + n;
			}
			chosen.put(t.language(), candidate);
		}
		return chosen;
	}

	private static Sanitised sanitise(Content content) {
		Map<String, Translation> clean = new LinkedHashMap<>();
		int removed = 0;
		for (Translation t : content.translations().values()) {
			RichText.Sanitised body = RichText.sanitise(t.bodyHtml());
			removed += body.removed();
			clean.put(t.language(), t.withBody(body.html()));
		}
		return new Sanitised(content.withTranslations(clean), removed);
	}

	private record Sanitised(Content content, int removed) {
	}

	/**
	 * @param removedFromBody how many unsafe elements or attributes the sanitiser removed (shown to the editor)
	 */
	public record Saved(PublicationId id, int version, int removedFromBody) {
	}
}
