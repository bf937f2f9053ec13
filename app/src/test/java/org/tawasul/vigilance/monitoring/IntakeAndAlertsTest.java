package org.tawasul.vigilance.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.TestClock;
import org.tawasul.reporting.ReportCategory;

import static org.assertj.core.api.Assertions.assertThat;

@TawasulTest
class IntakeAndAlertsTest {

	@Autowired
	Intake intake;

	@Autowired
	Alerts alerts;

	@Autowired
	WatchList watchList;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	private IncomingItem item(String collector, String id, String text, ReportCategory category) {
		return new IncomingItem(ItemSource.COLLECTOR, collector, id, "https://social.example/p/" + id, text, "ar",
				"prefecture-fes", category, null, null, clock.instant());
	}

	private Alert alertOf(UUID group) {
		return jdbc.sql("select id from vigilance.alert where group_id = ?").param(group).query(UUID.class).optional()
			.flatMap(alerts::find).orElseThrow();
	}

	@Test
	void sameSourceItemTwiceIsStoredOnce() {
		String collector = "c-" + UUID.randomUUID();
		IncomingItem first = item(collector, "42", "منشور عادي عن حفل زفاف " + UUID.randomUUID(), null);
		IntakeResult a = intake.ingest(List.of(first)).get(0);
		List<IntakeResult> again = intake.ingest(List.of(first, first));
		assertThat(a.duplicate()).isFalse();
		assertThat(again).allSatisfy(r -> {
			assertThat(r.duplicate()).isTrue();
			assertThat(r.itemId()).isEqualTo(a.itemId());
		});
		assertThat(jdbc.sql("select count(*) from vigilance.monitored_item where source_key = ?").param(collector)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void nearDuplicatesOfOneRumourShareAGroupAndAFastGrowingGroupRaisesOneAlertThatGrows() {
		String collector = "c-" + UUID.randomUUID();
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String rumour = "عاجل: عصابة تختطف الأطفال أمام المدارس في حي النصر بفاس، شاركوا المنشور " + marker;
		List<IntakeResult> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			results.addAll(intake.ingest(List.of(item(collector, "r" + i, rumour + (i % 2 == 0 ? "!!" : " ..."), null))));
		}
		assertThat(results).extracting(IntakeResult::groupId).containsOnly(results.get(0).groupId());
		assertThat(jdbc.sql("select count(*) from vigilance.alert where group_id = ?").param(results.get(0).groupId())
			.query(Long.class).single()).isZero();

		intake.ingest(List.of(item(collector, "r4", rumour, null)));
		Alert raised = alertOf(results.get(0).groupId());
		assertThat(raised.itemCount()).isEqualTo(5);
		assertThat(raised.reasons()).extracting(Flag::kind).contains(Flag.GROWTH);

		intake.ingest(List.of(item(collector, "r5", rumour + " ؟", null)));
		Alert grown = alertOf(results.get(0).groupId());
		assertThat(grown.id()).isEqualTo(raised.id());
		assertThat(grown.itemCount()).isEqualTo(6);
	}

	@Test
	void aSevereCategoryRaisesAnAlertAtOnce() {
		IntakeResult r = intake.ingest(List.of(item("c-" + UUID.randomUUID(), "1",
				"تهديد مباشر بالقتل ضد صحفي " + UUID.randomUUID(), ReportCategory.THREATS))).get(0);
		Alert alert = alertOf(r.groupId());
		assertThat(alert.severity()).isEqualTo(ReportCategory.THREATS.severity());
		assertThat(alert.reasons()).anySatisfy(f -> {
			assertThat(f.kind()).isEqualTo(Flag.CATEGORY);
			assertThat(f.category()).isEqualTo("THREATS");
		});
	}

	@Test
	void aWatchListHitFlagsTheItemAndSaysWhyAndRegionalTermsStayInTheirRegion() {
		String term = "زرواطة" + UUID.randomUUID().toString().substring(0, 4);
		watchList.add(term, "ary", "fes-meknes", ReportCategory.VIOLENT_CONTENT, "armed gang display", "supervisor");
		IntakeResult hit = intake.ingest(List.of(item("c-" + UUID.randomUUID(), "1",
				"فيديو جديد ديال ال" + term + " فالحي", null))).get(0);
		assertThat(hit.flags()).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(Flag.WATCH_LIST);
			assertThat(f.reason()).isEqualTo("armed gang display");
			assertThat(f.term()).isEqualTo(term);
		});
		assertThat(alertOf(hit.groupId()).reasons()).extracting(Flag::term).contains(term);

		IncomingItem elsewhere = new IncomingItem(ItemSource.COLLECTOR, "c-" + UUID.randomUUID(), "2", null,
				"فيديو " + term + " " + UUID.randomUUID(), "ar", "prefecture-rabat", null, null, null, clock.instant());
		assertThat(intake.ingest(List.of(elsewhere)).get(0).flags()).isEmpty();
	}

	@Test
	void twentyAnalystsRacingForOneAlertGiveItToExactlyOne() throws Exception {
		IntakeResult r = intake.ingest(List.of(item("c-" + UUID.randomUUID(), "1",
				"محتوى إرهابي يدعو للعنف " + UUID.randomUUID(), ReportCategory.TERRORISM))).get(0);
		UUID alertId = alertOf(r.groupId()).id();
		Instant now = clock.instant();
		List<Callable<Boolean>> racers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String analyst = "analyst-" + i;
			racers.add(() -> alerts.take(alertId, analyst, now));
		}
		int winners = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
			for (Future<Boolean> f : pool.invokeAll(racers)) {
				winners += f.get() ? 1 : 0;
			}
		}
		assertThat(winners).isEqualTo(1);
		String takenBy = alerts.find(alertId).orElseThrow().takenBy();
		assertThat(takenBy).startsWith("analyst-");
		assertThat(alerts.queue(List.of(), "someone-else", 500)).extracting(Alert::id).doesNotContain(alertId);
		assertThat(alerts.queue(List.of(), takenBy, 500)).extracting(Alert::id).contains(alertId);
	}

	@Test
	void theQueueShowsMostSevereFirstAndOnlyTheAnalystsRegions() {
		String collector = "c-" + UUID.randomUUID();
		IntakeResult fes = intake.ingest(List.of(item(collector, "a", "احتيال " + UUID.randomUUID(), ReportCategory.VIOLENT_CONTENT))).get(0);
		IntakeResult severe = intake.ingest(List.of(item(collector, "b", "استغلال " + UUID.randomUUID(),
				ReportCategory.CHILD_SEXUAL_EXPLOITATION))).get(0);
		List<Alert> queue = alerts.queue(List.of("fes-meknes", "prefecture-fes"), "x", 1000);
		List<UUID> groups = queue.stream().map(Alert::groupId).toList();
		assertThat(groups.indexOf(severe.groupId())).isLessThan(groups.indexOf(fes.groupId()));
		assertThat(alerts.queue(List.of("prefecture-rabat"), "x", 1000)).extracting(Alert::groupId)
			.doesNotContain(fes.groupId());
	}
}
