package org.tawasul.newsroom.editorial;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.TestClock;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.TimeConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawasul.newsroom.editorial.Publications_.*;

@TawasulTest
class EditorialDeskTest {

	@Autowired
	EditorialDesk desk;

	@Autowired
	Publications publications;

	@Autowired
	ScheduledPublishing scheduler;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void everySaveKeepsARevisionAndTheAuditTrailRecordsTheActions() {
		var saved = desk.draft(PublicationType.PRESS_RELEASE, pressRelease("بلاغ مراجعات " + System.nanoTime()), EDITOR);
		var edited = desk.edit(saved.id(), saved.version(), pressRelease("بلاغ معدل " + System.nanoTime()), SECOND_EDITOR);

		List<Publications.Revision> revisions = publications.revisions(saved.id());
		assertThat(revisions).extracting(Publications.Revision::number).containsExactly(2, 1);
		assertThat(revisions.get(1).content().translations().get("ar").title()).startsWith("بلاغ مراجعات");
		assertThat(RevisionDiff.between(revisions.get(1).content(), revisions.get(0).content()))
			.anySatisfy(line -> assertThat(line.kind()).isEqualTo(RevisionDiff.Kind.ADDED))
			.anySatisfy(line -> assertThat(line.kind()).isEqualTo(RevisionDiff.Kind.REMOVED));
		assertThat(edited.version()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from audit.entry where subject = ?")
			.param("publication:" + saved.id()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aStaleEditIsRefusedWithAConflictAndNothingIsOverwritten() {
		var saved = desk.draft(PublicationType.NEWS, pressRelease("خبر " + System.nanoTime()), EDITOR);
		desk.edit(saved.id(), saved.version(), pressRelease("نسخة المحرر الأول"), EDITOR);

		assertThatThrownBy(() -> desk.edit(saved.id(), saved.version(), pressRelease("نسخة قديمة"), SECOND_EDITOR))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("newsroom.stale");
				assertThat(e.status().value()).isEqualTo(409);
			});
		assertThat(publications.get(saved.id()).content().translations().get("ar").title()).isEqualTo("نسخة المحرر الأول");
	}

	@Test
	void anApprovalRacingAnEditIsRefused() {
		var saved = desk.draft(PublicationType.TRUTH_STATEMENT, truthStatement("سباق " + System.nanoTime()), EDITOR);
		int submitted = desk.submit(saved.id(), saved.version(), EDITOR);
		desk.edit(saved.id(), submitted, truthStatement("تعديل متزامن " + System.nanoTime()), SECOND_EDITOR);

		assertThatThrownBy(() -> desk.approve(saved.id(), submitted, APPROVER)).hasMessageContaining("newsroom.stale");
	}

	@Test
	void slugsAreUniquePerLanguageGeneratedOnesGetASuffixTypedOnesAreRefused() {
		String title = "Rumeur du marché " + System.nanoTime();
		var first = desk.draft(PublicationType.NEWS, pressRelease(title), EDITOR);
		var second = desk.draft(PublicationType.NEWS, pressRelease(title), EDITOR);

		String firstSlug = publications.get(first.id()).content().translations().get("ar").slug();
		String secondSlug = publications.get(second.id()).content().translations().get("ar").slug();
		assertThat(secondSlug).isEqualTo(firstSlug + "-2");

		Content typed = pressRelease("عنوان آخر " + System.nanoTime());
		Map<String, Translation> withSlug = new LinkedHashMap<>(typed.translations());
		withSlug.put("ar", withSlug.get("ar").withSlug(firstSlug));
		assertThatThrownBy(() -> desk.draft(PublicationType.NEWS, typed.withTranslations(withSlug), EDITOR))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("newsroom.slug-taken"));
	}

	@Test
	void unsafeHtmlIsSanitisedOnSaveAndTheEditorIsTold() {
		Content c = pressRelease("بلاغ " + System.nanoTime());
		Map<String, Translation> t = new LinkedHashMap<>(c.translations());
		t.put("fr", t.get("fr").withBody("<p onmouseover=\"steal()\">Texte</p><script>alert(1)</script>"));
		var saved = desk.draft(PublicationType.PRESS_RELEASE, c.withTranslations(t), EDITOR);

		assertThat(saved.removedFromBody()).isPositive();
		assertThat(publications.get(saved.id()).content().translations().get("fr").bodyHtml()).isEqualTo("<p>Texte</p>");
	}

	@Test
	void aScheduledPublicationIsPublishedByTheSchedulerWhenTheClockReachesItsCasablancaTime() {
		var saved = desk.draft(PublicationType.PRESS_RELEASE, pressRelease("بلاغ مبرمج " + System.nanoTime()), EDITOR);
		int v = desk.submit(saved.id(), saved.version(), EDITOR);
		v = desk.approve(saved.id(), v, APPROVER);
		var at = LocalDateTime.now(clock).atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(TimeConfiguration.SERVICE_ZONE)
			.plusHours(3).withSecond(0).withNano(0);
		desk.schedule(saved.id(), v, at.toInstant(), EDITOR);

		scheduler.publishDue();
		assertThat(publications.get(saved.id()).state()).isEqualTo(PublicationState.SCHEDULED);

		clock.advance(Duration.ofHours(3).plusMinutes(1));
		scheduler.publishDue();
		Publication published = publications.get(saved.id());
		assertThat(published.state()).isEqualTo(PublicationState.PUBLISHED);
		assertThat(published.publishedAt()).isEqualTo(at.toInstant());
	}
}
