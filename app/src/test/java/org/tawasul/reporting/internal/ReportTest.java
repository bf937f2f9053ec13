package org.tawasul.reporting.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tawasul.platform.DomainException;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportEscalated;
import org.tawasul.reporting.ReportId;
import org.tawasul.reporting.ReportSubmitted;
import org.tawasul.reporting.ReportTriaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

	static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

	static Report received(ReportCategory category) {
		NewReport report = new NewReport(category, new ReportContent("فيديو مفبرك", "نص المنشور",
				List.of("https://x.com/a/status/1"), Platform.X, null), "ar", "casablanca-settat", null, null);
		Report submitted = Report.submit(ReportId.generate(), TrackingCode.generate().hash(), report, null, List.of(), false, AT);
		return Report.restore(submitted.id(), submitted.trackingHash(), submitted.category(), submitted.content(),
				submitted.language(), null, false, AT, 0, ReportStatus.RECEIVED, 0, submitted.regionCode(), null, null,
				null);
	}

	@Test
	void aSubmittedReportIsReceivedAndAnnounced() {
		NewReport report = new NewReport(ReportCategory.RUMOUR,
				new ReportContent("وصف", null, List.of(), null, null), "ar", null, "a@b.ma", null);
		Report submitted = Report.submit(ReportId.generate(), TrackingCode.generate().hash(), report, new byte[] { 1 },
				List.of(), false, AT);

		assertThat(submitted.status()).isEqualTo(ReportStatus.RECEIVED);
		assertThat(submitted.events()).singleElement().isInstanceOfSatisfying(ReportSubmitted.class, event -> {
			assertThat(event.hasContact()).isTrue();
			assertThat(event.text()).isEqualTo("وصف");
		});
	}

	@Test
	void escalatingHandsTheContentToVigilanceWithoutTheContact() {
		Report report = received(ReportCategory.TERRORISM);

		report.escalate("agent", AT.plusSeconds(60));

		assertThat(report.status()).isEqualTo(ReportStatus.ESCALATED);
		assertThat(report.events()).singleElement().isInstanceOfSatisfying(ReportEscalated.class, event -> {
			assertThat(event.text()).contains("فيديو مفبرك", "نص المنشور");
			assertThat(event.links()).containsExactly("https://x.com/a/status/1");
			assertThat(event.regionCode()).isEqualTo("casablanca-settat");
			assertThat(event.submittedAt()).isEqualTo(AT);
			assertThat(event.escalatedBy()).isEqualTo("agent");
		});
		assertThat(report.newStatusChanges()).extracting(Report.StatusChange::status)
			.containsExactly(ReportStatus.ESCALATED);
	}

	@Test
	void aClosedReportCannotBeEscalatedRejectedOrAssigned() {
		Report report = received(ReportCategory.RUMOUR);
		report.reject("ليس محتوى ضارا", "agent", AT);

		assertThatThrownBy(() -> report.escalate("agent", AT)).isInstanceOf(ReportTransitionRefused.class);
		assertThatThrownBy(() -> report.reject("again", "agent", AT)).isInstanceOf(ReportTransitionRefused.class);
		assertThatThrownBy(() -> report.assign("other", "agent", AT)).isInstanceOf(ReportTransitionRefused.class);
	}

	@Test
	void rejectingNeedsAReason() {
		Report report = received(ReportCategory.RUMOUR);

		assertThatThrownBy(() -> report.reject("   ", "agent", AT)).isInstanceOf(DomainException.class)
			.hasMessageContaining("report.reason.required");
		assertThat(report.status()).isEqualTo(ReportStatus.RECEIVED);
	}

	@Test
	void assigningPutsAReceivedReportInReview() {
		Report report = received(ReportCategory.FRAUD);

		report.assign("agent2", "agent1", AT);

		assertThat(report.status()).isEqualTo(ReportStatus.IN_REVIEW);
		assertThat(report.assignee()).isEqualTo("agent2");
		assertThat(report.events()).singleElement().isInstanceOf(ReportTriaged.class);
	}

	@Test
	void aReportIsNotADuplicateOfItselfNorOfADuplicate() {
		Report report = received(ReportCategory.RUMOUR);
		Report original = received(ReportCategory.RUMOUR);
		Report third = received(ReportCategory.RUMOUR);

		assertThatThrownBy(() -> report.markDuplicateOf(report, "agent", AT)).isInstanceOf(ReportTransitionRefused.class);
		report.markDuplicateOf(original, "agent", AT);
		assertThat(report.status()).isEqualTo(ReportStatus.DUPLICATE);
		assertThat(report.duplicateOf()).isEqualTo(original.id());
		assertThatThrownBy(() -> third.markDuplicateOf(report, "agent", AT)).isInstanceOf(ReportTransitionRefused.class);
	}

	@Test
	void priorityStaysWithinItsScale() {
		Report report = received(ReportCategory.THREATS);

		assertThatThrownBy(() -> report.prioritise(4, "agent", AT)).isInstanceOf(DomainException.class);
		report.prioritise(3, "agent", AT);
		assertThat(report.priority()).isEqualTo(3);
	}

	@Test
	void messagesAndNotesNeedText() {
		Report report = received(ReportCategory.RUMOUR);

		assertThatThrownBy(() -> report.messageReporter(" ", "agent", AT)).isInstanceOf(DomainException.class);
		report.messageReporter("شكرا، نتابع\u0000 الموضوع", "agent", AT);
		assertThat(report.newMessages().getFirst().text()).isEqualTo("شكرا، نتابع الموضوع");
		report.addNote("حساب معروف", "agent", AT);
		assertThat(report.newMessages()).hasSize(1);
		assertThat(report.newNotes()).hasSize(1);
	}
}
