package org.tawasul.vigilance.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.TestClock;
import org.tawasul.identity.Role;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationPublished;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.vigilance.CaseId;
import org.tawasul.vigilance.CaseStage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@TawasulTest
class CaseWorkflowTest {

	static final Actor ANALYST = new Actor("analyst-" + UUID.randomUUID(), Set.of(Role.ANALYST));

	static final Actor SUPERVISOR = new Actor("supervisor-" + UUID.randomUUID(), Set.of(Role.SUPERVISOR));

	@Autowired
	CaseWork work;

	@Autowired
	Cases cases;

	@Autowired
	SlaWatch slaWatch;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private CaseId openByHand(Instant detectedAt) {
		return work.open(new CaseWork.OpenCase("إشاعة اختطاف أطفال بطنجة", "RUMOUR", 40, "prefecture-tanger", null,
				List.of(), List.of(), detectedAt), ANALYST);
	}

	@Test
	void stagesAreStoredWithActorNoteAndTimeAndTheOrderIsEnforced() {
		CaseId id = openByHand(clock.instant().minus(Duration.ofMinutes(30)));
		work.advance(id, CaseStage.EXPERTISE, ANALYST, "capture faite", null);
		assertThatThrownBy(() -> work.advance(id, CaseStage.CLOSED, ANALYST, null, null))
			.isInstanceOf(CaseRuleViolated.class);
		work.advance(id, CaseStage.JUDICIAL, SUPERVISOR, null, "PR-TNG-2026-77");
		work.communicate(id, "https://example.org/bayan", ANALYST, null);
		work.advance(id, CaseStage.CLOSED, ANALYST, "done", null);

		Case stored = cases.get(id);
		assertThat(stored.stage()).isEqualTo(CaseStage.CLOSED);
		assertThat(stored.history()).extracting(StageEntry::stage).containsExactly(CaseStage.DETECTED,
				CaseStage.EXPERTISE, CaseStage.JUDICIAL, CaseStage.COMMUNICATION, CaseStage.CLOSED);
		assertThat(stored.history().get(1).note()).isEqualTo("capture faite");
		assertThat(stored.history().get(2).actor()).isEqualTo(SUPERVISOR.username());
		assertThat(stored.prosecutorReference()).isEqualTo("PR-TNG-2026-77");
		assertThat(stored.communicatedAt()).isNotNull();
	}

	@Test
	void anEscalatedReportBecomesAMonitoredItemAndACaseFromItStartsItsClockAtSubmission() {
		UUID report = UUID.randomUUID();
		Instant submitted = clock.instant().minus(Duration.ofMinutes(95));
		transactions.executeWithoutResult(tx -> events.publishEvent(new org.tawasul.reporting.ReportEscalated(
				new org.tawasul.reporting.ReportId(report), org.tawasul.reporting.ReportCategory.THREATS,
				"تهديد بالقتل موجه لأستاذة في مكناس " + report, List.of("https://social.example/p/" + report),
				"prefecture-meknes", submitted, "triage-agent", clock.instant())));
		await().untilAsserted(() -> assertThat(jdbc.sql("""
				select count(*) from vigilance.monitored_item where source = 'REPORT' and source_item_id = ?""")
			.param(report.toString()).query(Long.class).single()).isEqualTo(1));

		CaseId id = work.open(new CaseWork.OpenCase("تهديد أستاذة بمكناس", "THREATS", 80, "prefecture-meknes", null,
				List.of(), List.of(report), null), ANALYST);
		Case opened = cases.get(id);
		// PostgreSQL keeps microseconds and rounds the nanoseconds (it does not truncate them)
		assertThat(opened.detectedAt()).isCloseTo(submitted,
				org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));
		assertThat(opened.elapsed(clock.instant())).isGreaterThanOrEqualTo(Duration.ofMinutes(95));
		assertThatThrownBy(() -> work.open(new CaseWork.OpenCase("x", "THREATS", 80, null, null, List.of(),
				List.of(UUID.randomUUID()), null), ANALYST)).isInstanceOf(CaseRuleViolated.class);
	}

	@Test
	void dismissalNeedsASupervisor() {
		CaseId id = openByHand(clock.instant());
		assertThatThrownBy(() -> work.dismiss(id, "hors compétence", ANALYST)).isInstanceOf(CaseRuleViolated.class);
		work.dismiss(id, "hors compétence", SUPERVISOR);
		assertThat(cases.get(id).stage()).isEqualTo(CaseStage.DISMISSED);
	}

	@Test
	void breachIsAnnouncedExactlyOnceWhenTheClockPassesFiveHours() {
		CaseId id = openByHand(clock.instant().minus(Duration.ofMinutes(10)));
		assertThat(slaWatch.checkBreaches()).doesNotContain(id);

		clock.advance(Duration.ofHours(4).plusMinutes(49));
		assertThat(slaWatch.checkBreaches()).doesNotContain(id);

		clock.advance(Duration.ofMinutes(2));
		assertThat(slaWatch.checkBreaches()).contains(id);
		assertThat(slaWatch.checkBreaches()).doesNotContain(id);
		assertThat(cases.get(id).slaBreachedAt()).isNotNull();
		await().untilAsserted(() -> assertThat(jdbc.sql("select count(*) from vigilance.breach_notice where case_id = ?")
			.param(id.value()).query(Long.class).single()).isEqualTo(1));
	}

	@Test
	void aCaseAnsweredInTimeNeverBreaches() {
		CaseId id = openByHand(clock.instant());
		work.advance(id, CaseStage.EXPERTISE, ANALYST, null, null);
		clock.advance(Duration.ofMinutes(50));
		work.communicate(id, "https://example.org/bayan", ANALYST, null);
		clock.advance(Duration.ofHours(6));
		assertThat(slaWatch.checkBreaches()).doesNotContain(id);
		assertThat(cases.get(id).elapsed(clock.instant())).isBetween(Duration.ofMinutes(50), Duration.ofMinutes(51));
	}

	@Test
	void aPublicationNamingTheCaseCompletesCommunicationAndStopsTheClock() {
		CaseId id = openByHand(clock.instant().minus(Duration.ofMinutes(40)));
		Instant publishedAt = clock.instant();
		transactions.executeWithoutResult(tx -> events.publishEvent(new PublicationPublished(
				new PublicationId(UUID.randomUUID()), PublicationType.values()[0], List.of("ar", "fr"),
				List.of(id.value()), false, publishedAt)));
		await().untilAsserted(() -> assertThat(cases.get(id).stage()).isEqualTo(CaseStage.COMMUNICATION));
		clock.advance(Duration.ofHours(8));
		assertThat(cases.get(id).elapsed(clock.instant())).isBetween(Duration.ofMinutes(39), Duration.ofMinutes(41));
		assertThat(slaWatch.checkBreaches()).doesNotContain(id);
	}
}
