package org.tawasul.vigilance.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tawasul.identity.Role;
import org.tawasul.vigilance.CaseOpened;
import org.tawasul.vigilance.CaseStage;
import org.tawasul.vigilance.CaseStageChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTest {

	static final Instant T0 = Instant.parse("2026-03-01T22:00:00Z");

	static final Actor ANALYST = new Actor("amina", Set.of(Role.ANALYST));

	static final Actor SUPERVISOR = new Actor("youssef", Set.of(Role.SUPERVISOR));

	static final Actor EDITOR = new Actor("karim", Set.of(Role.EDITOR));

	static final VigilanceProperties.Sla SLA = new VigilanceProperties.Sla(Duration.ofHours(1), Duration.ofHours(5),
			Duration.ofSeconds(30));

	static Case aCase() {
		return Case.open("فيديو اعتداء في حي شعبي", "VIOLENT_CONTENT", 70, "casablanca-settat",
				T0.minus(Duration.ofMinutes(20)), ANALYST, T0);
	}

	@Test
	void openingRegistersCaseOpenedAndStartsTheClockAtFirstDetection() {
		Case c = aCase();
		assertThat(c.stage()).isEqualTo(CaseStage.DETECTED);
		assertThat(c.drainEvents()).singleElement().isInstanceOf(CaseOpened.class);
		assertThat(c.elapsed(T0)).isEqualTo(Duration.ofMinutes(20));
	}

	@Test
	void movesThroughEveryStageInOrderWithActorAndNote() {
		Case c = aCase();
		c.advance(CaseStage.EXPERTISE, ANALYST, "WARC captured", null, T0.plusSeconds(60));
		c.advance(CaseStage.INTERVENTION, ANALYST, "unit of Hay Mohammadi", null, T0.plusSeconds(120));
		c.advance(CaseStage.JUDICIAL, SUPERVISOR, null, "PR-CASA-2026/118", T0.plusSeconds(180));
		c.communicateByHand("https://www.dgsn.gov.ma/statement/1", ANALYST, null, T0.plusSeconds(240));
		c.advance(CaseStage.CLOSED, ANALYST, null, null, T0.plusSeconds(300));
		assertThat(c.history()).extracting(StageEntry::stage).containsExactly(CaseStage.DETECTED,
				CaseStage.EXPERTISE, CaseStage.INTERVENTION, CaseStage.JUDICIAL, CaseStage.COMMUNICATION,
				CaseStage.CLOSED);
		assertThat(c.history().get(1).note()).isEqualTo("WARC captured");
		assertThat(c.history().get(3).actor()).isEqualTo("youssef");
		assertThat(c.prosecutorReference()).isEqualTo("PR-CASA-2026/118");
		assertThat(c.drainEvents()).filteredOn(CaseStageChanged.class::isInstance).hasSize(5);
	}

	@Test
	void interventionAndJudicialMayBeSkippedButExpertiseMayNot() {
		Case c = aCase();
		assertThatThrownBy(() -> c.advance(CaseStage.INTERVENTION, ANALYST, null, null, T0))
			.isInstanceOf(CaseRuleViolated.class).hasMessageContaining("stage-order");
		assertThatThrownBy(() -> c.communicateByHand("https://example.org/s", ANALYST, null, T0))
			.isInstanceOf(CaseRuleViolated.class);
		c.advance(CaseStage.EXPERTISE, ANALYST, null, null, T0);
		c.communicateByHand("https://example.org/s", ANALYST, null, T0.plusSeconds(10));
		assertThat(c.stage()).isEqualTo(CaseStage.COMMUNICATION);
	}

	@Test
	void neverMovesBackwards() {
		Case c = aCase();
		c.advance(CaseStage.EXPERTISE, ANALYST, null, null, T0);
		c.advance(CaseStage.INTERVENTION, ANALYST, null, null, T0);
		assertThatThrownBy(() -> c.advance(CaseStage.EXPERTISE, ANALYST, null, null, T0))
			.isInstanceOf(CaseRuleViolated.class);
		assertThatThrownBy(() -> c.advance(CaseStage.CLOSED, ANALYST, null, null, T0))
			.isInstanceOf(CaseRuleViolated.class);
	}

	@Test
	void judicialStageNeedsTheProsecutorReference() {
		Case c = aCase();
		c.advance(CaseStage.EXPERTISE, ANALYST, null, null, T0);
		assertThatThrownBy(() -> c.advance(CaseStage.JUDICIAL, ANALYST, null, " ", T0))
			.isInstanceOf(CaseRuleViolated.class).hasMessageContaining("reference-required");
	}

	@Test
	void onlyAnalystsAndSupervisorsMoveCases() {
		Case c = aCase();
		assertThatThrownBy(() -> c.advance(CaseStage.EXPERTISE, EDITOR, null, null, T0))
			.isInstanceOf(CaseRuleViolated.class).hasMessageContaining("role-forbidden");
		c.advance(CaseStage.EXPERTISE, SUPERVISOR, null, null, T0);
		assertThat(c.stage()).isEqualTo(CaseStage.EXPERTISE);
	}

	@Test
	void onlyASupervisorDismissesAndAlwaysWithAReason() {
		Case c = aCase();
		assertThatThrownBy(() -> c.dismiss("not in our remit", ANALYST, T0)).isInstanceOf(CaseRuleViolated.class)
			.hasMessageContaining("supervisor-only");
		assertThatThrownBy(() -> c.dismiss("  ", SUPERVISOR, T0)).isInstanceOf(CaseRuleViolated.class);
		c.dismiss("satire page, no harm", SUPERVISOR, T0);
		assertThat(c.stage()).isEqualTo(CaseStage.DISMISSED);
		assertThat(c.dismissalReason()).isEqualTo("satire page, no harm");
		assertThatThrownBy(() -> c.advance(CaseStage.EXPERTISE, SUPERVISOR, null, null, T0))
			.isInstanceOf(CaseRuleViolated.class).hasMessageContaining("already-ended");
	}

	@Test
	void aPublicationCompletesCommunicationFromAnyOpenStageAndStopsTheClock() {
		Case c = aCase();
		UUID publication = UUID.randomUUID();
		assertThat(c.communicatedByPublication(publication, T0.plus(Duration.ofMinutes(40)), T0.plusSeconds(2500)))
			.isTrue();
		assertThat(c.stage()).isEqualTo(CaseStage.COMMUNICATION);
		assertThat(c.elapsed(T0.plus(Duration.ofHours(9)))).isEqualTo(Duration.ofMinutes(60));
		assertThat(c.communicatedByPublication(UUID.randomUUID(), T0.plus(Duration.ofHours(2)), T0)).isFalse();
		assertThat(c.publicationId()).isEqualTo(publication);
	}

	@Test
	void linkingSomethingDetectedEarlierMovesTheClockStartBack() {
		Case c = aCase();
		c.detectedAt(T0.minus(Duration.ofHours(2)));
		c.detectedAt(T0);
		assertThat(c.elapsed(T0)).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void clockColoursGreenUntilTargetAmberUntilBreachThenRed() {
		assertThat(SlaStatus.of(Duration.ofMinutes(59), SLA)).isEqualTo(SlaStatus.OK);
		assertThat(SlaStatus.of(Duration.ofHours(1), SLA)).isEqualTo(SlaStatus.WARN);
		assertThat(SlaStatus.of(Duration.ofMinutes(299), SLA)).isEqualTo(SlaStatus.WARN);
		assertThat(SlaStatus.of(Duration.ofHours(5), SLA).cssClass()).isEqualTo("sla-breach");
	}
}
