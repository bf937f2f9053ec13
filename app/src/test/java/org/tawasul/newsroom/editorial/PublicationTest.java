package org.tawasul.newsroom.editorial;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tawasul.newsroom.PublicationCorrected;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationPublished;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.PublicationWithdrawn;
import org.tawasul.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tawasul.newsroom.editorial.Publications_.*;

class PublicationTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static Publication submittedStatement(List<UUID> cases) {
		Publication p = Publication.draft(PublicationId.generate(), PublicationType.TRUTH_STATEMENT,
				truthStatement("", cases), EDITOR, NOW);
		p.submit(EDITOR, NOW);
		return p;
	}

	@Test
	void approvalByAnotherApproverAllowsPublicationAndAnnouncesTheLinkedCases() {
		UUID caseId = UUID.randomUUID();
		Publication p = submittedStatement(List.of(caseId));
		p.approve(APPROVER, NOW);
		p.publish(EDITOR, NOW.plusSeconds(60));

		assertThat(p.state()).isEqualTo(PublicationState.PUBLISHED);
		assertThat(p.takeEvents()).singleElement().isInstanceOfSatisfying(PublicationPublished.class, e -> {
			assertThat(e.caseIds()).containsExactly(caseId);
			assertThat(e.languages()).containsExactly("ar", "fr");
			assertThat(e.urgent()).isFalse();
		});
	}

	@Test
	void theLastEditorCannotApproveEvenWithTheApproverRole() {
		Publication p = Publication.draft(PublicationId.generate(), PublicationType.PRESS_RELEASE,
				pressRelease("بلاغ"), EDITOR_AND_APPROVER, NOW);
		p.submit(EDITOR_AND_APPROVER, NOW);

		assertThatThrownBy(() -> p.approve(EDITOR_AND_APPROVER, NOW)).isInstanceOf(DomainException.class)
			.hasMessageContaining("newsroom.four-eyes");
		assertThat(p.state()).isEqualTo(PublicationState.SUBMITTED);
	}

	@Test
	void anEditorWithoutTheApproverRoleCannotApprove() {
		Publication p = submittedStatement(List.of());
		assertThatThrownBy(() -> p.approve(SECOND_EDITOR, NOW)).hasMessageContaining("newsroom.role-required");
	}

	@Test
	void anEditAfterApprovalNeedsANewApproval() {
		Publication p = submittedStatement(List.of());
		p.approve(APPROVER, NOW);
		p.edit(truthStatement("v2"), SECOND_EDITOR, NOW);

		assertThat(p.state()).isEqualTo(PublicationState.DRAFT);
		assertThat(p.approvedBy()).isNull();
		assertThatThrownBy(() -> p.publish(EDITOR, NOW)).hasMessageContaining("newsroom.illegal-transition");
	}

	@Test
	void submissionRequiresArabicAndFrenchAndTheClaimOfATruthStatement() {
		Content arabicOnly = new Content(Map.of("ar", new Translation("ar", "", "عنوان", "", "<p>نص</p>", "", "", "")),
				null, List.of(), List.of(), List.of(), null, null, null, null, null);
		Publication p = Publication.draft(PublicationId.generate(), PublicationType.TRUTH_STATEMENT, arabicOnly,
				EDITOR, NOW);

		assertThatThrownBy(() -> p.submit(EDITOR, NOW)).isInstanceOfSatisfying(IncompletePublicationException.class,
				e -> assertThat(e.missing()).contains("newsroom.missing.title.fr", "newsroom.missing.claim.ar",
						"newsroom.missing.evidence.ar", "newsroom.missing.verdict"));
	}

	@Test
	void aLeadImageNeedsAltTextInEveryLanguage() {
		Content c = truthStatement("");
		Map<String, Translation> withoutAlt = new java.util.LinkedHashMap<>(c.translations());
		withoutAlt.put("fr", new Translation("fr", "", "Titre", "", "<p>x</p>", "", "claim", "evidence"));
		Publication p = Publication.draft(PublicationId.generate(), PublicationType.TRUTH_STATEMENT,
				c.withTranslations(withoutAlt), EDITOR, NOW);

		assertThatThrownBy(() -> p.submit(EDITOR, NOW)).isInstanceOfSatisfying(IncompletePublicationException.class,
				e -> assertThat(e.missing()).containsExactly("newsroom.missing.alt.fr"));
	}

	@Test
	void aReportageNeedsItsOutletAndAirDate() {
		Publication p = Publication.draft(PublicationId.generate(), PublicationType.REPORTAGE,
				reportage(null, null), EDITOR, NOW);
		assertThatThrownBy(() -> p.submit(EDITOR, NOW)).hasMessageContaining("newsroom.incomplete");

		Publication ok = Publication.draft(PublicationId.generate(), PublicationType.REPORTAGE,
				reportage("2M", LocalDate.of(2026, 11, 20)), EDITOR, NOW);
		ok.submit(EDITOR, NOW);
		assertThat(ok.state()).isEqualTo(PublicationState.SUBMITTED);
	}

	@Test
	void aSupervisorPublishesUrgentlyAndTheReviewTaskStaysUntilAnotherApproverReviews() {
		Publication p = Publication.draft(PublicationId.generate(), PublicationType.TRUTH_STATEMENT,
				truthStatement(""), EDITOR, NOW);
		p.publishUrgently(SUPERVISOR, NOW);

		assertThat(p.state()).isEqualTo(PublicationState.PUBLISHED);
		assertThat(p.urgent()).isTrue();
		assertThat(p.reviewPending()).isTrue();
		assertThat(p.takeEvents()).singleElement()
			.isInstanceOfSatisfying(PublicationPublished.class, e -> assertThat(e.urgent()).isTrue());

		assertThatThrownBy(() -> p.reviewAfterPublication(EDITOR, NOW)).hasMessageContaining("role-required");
		p.reviewAfterPublication(APPROVER, NOW.plusSeconds(3600));
		assertThat(p.reviewPending()).isFalse();
		assertThat(p.reviewedBy()).isEqualTo(APPROVER.username());
	}

	@Test
	void anEditorCannotPublishUrgently() {
		Publication p = Publication.draft(PublicationId.generate(), PublicationType.NEWS, pressRelease("خبر"), EDITOR,
				NOW);
		assertThatThrownBy(() -> p.publishUrgently(EDITOR, NOW)).hasMessageContaining("role-required");
	}

	@Test
	void aScheduledPublicationGoesPublicOnlyWhenDue() {
		Publication p = submittedStatement(List.of());
		p.approve(APPROVER, NOW);
		Instant at = NOW.plus(Duration.ofHours(2));
		p.schedule(EDITOR, at, NOW);

		assertThat(p.isDue(NOW.plus(Duration.ofHours(1)))).isFalse();
		assertThatThrownBy(() -> p.publishIfDue(NOW.plus(Duration.ofHours(1)))).hasMessageContaining("not-due");
		p.publishIfDue(at.plusSeconds(5));
		assertThat(p.state()).isEqualTo(PublicationState.PUBLISHED);
		assertThat(p.publishedAt()).isEqualTo(at);
	}

	@Test
	void schedulingInThePastIsRefused() {
		Publication p = submittedStatement(List.of());
		p.approve(APPROVER, NOW);
		assertThatThrownBy(() -> p.schedule(EDITOR, NOW.minusSeconds(1), NOW)).hasMessageContaining("schedule-in-past");
	}

	@Test
	void aCorrectionKeepsTheSlugsAndAddsADatedNote() {
		Publication p = submittedStatement(List.of());
		p.assignSlugs(Map.of("ar", "اشاعة", "fr", "rumeur"));
		p.approve(APPROVER, NOW);
		p.publish(APPROVER, NOW);
		p.takeEvents();

		p.correct(truthStatement("مصحح"), "تصحيح تاريخ الواقعة", APPROVER, NOW.plusSeconds(86400), 4);

		assertThat(p.content().translations().get("fr").slug()).isEqualTo("rumeur");
		assertThat(p.content().translations().get("ar").title()).contains("مصحح");
		assertThat(p.corrections()).singleElement().satisfies(c -> {
			assertThat(c.note()).isEqualTo("تصحيح تاريخ الواقعة");
			assertThat(c.revisionBefore()).isEqualTo(4);
		});
		assertThat(p.takeEvents()).singleElement().isInstanceOf(PublicationCorrected.class);
	}

	@Test
	void aCorrectionNeedsANoteAndAPrivilegedRole() {
		Publication p = submittedStatement(List.of());
		p.approve(APPROVER, NOW);
		p.publish(APPROVER, NOW);
		assertThatThrownBy(() -> p.correct(truthStatement("x"), " ", APPROVER, NOW, 1))
			.hasMessageContaining("correction-note-required");
		assertThatThrownBy(() -> p.correct(truthStatement("x"), "note", EDITOR, NOW, 1))
			.hasMessageContaining("role-required");
	}

	@Test
	void withdrawalKeepsTheReasonAndAnnouncesIt() {
		Publication p = submittedStatement(List.of());
		p.approve(APPROVER, NOW);
		p.publish(APPROVER, NOW);
		p.takeEvents();
		p.withdraw("نشر بالخطأ", SUPERVISOR, NOW);

		assertThat(p.state()).isEqualTo(PublicationState.WITHDRAWN);
		assertThat(p.withdrawalReason()).isEqualTo("نشر بالخطأ");
		assertThat(p.takeEvents()).singleElement().isInstanceOf(PublicationWithdrawn.class);
		assertThatThrownBy(() -> p.edit(truthStatement("x"), EDITOR, NOW)).hasMessageContaining("illegal-transition");
	}

	@Test
	void aPublishedPublicationCannotBeEditedOnlyCorrected() {
		Publication p = submittedStatement(List.of());
		p.approve(APPROVER, NOW);
		p.publish(APPROVER, NOW);
		assertThatThrownBy(() -> p.edit(truthStatement("x"), EDITOR, NOW)).hasMessageContaining("illegal-transition");
	}
}
