package org.tawasul.reporting.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.reporting.ReportId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Concurrent submissions share transactions, and sharing never changes what each caller gets: its own result after
 * the commit, or its own error while the others' work is kept.
 */
@TawasulTest
class GroupCommitTest {

	@Autowired
	GroupCommit groupCommit;

	@Autowired
	SubmitReport submitReport;

	@Autowired
	ReportValidation validation;

	@Autowired
	ReportingProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportFiler filer;

	@Autowired
	TrackReport trackReport;

	private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

	private final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void probeTable() {
		jdbc.sql("create table if not exists public.group_commit_probe (n int primary key, tx bigint not null)").update();
		jdbc.sql("truncate public.group_commit_probe").update();
	}

	@AfterEach
	void stop() {
		release.countDown();
		callers.shutdownNow();
		// a burst ends when every deferred report is filed: later tests expect reports to be filed at once
		await().atMost(Duration.ofSeconds(60)).until(() -> !filer.shouldDefer());
	}

	/** Occupies every writer until {@link #release} opens, so that what is submitted next waits together. */
	private void holdAllWriters() throws InterruptedException {
		for (int i = 0; i < properties.intake().writers(); i++) {
			CountDownLatch started = new CountDownLatch(1);
			callers.submit(() -> groupCommit.execute(status -> {
				started.countDown();
				try {
					return release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}));
			assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
		}
	}

	private CompletableFuture<Long> insertProbe(int n, boolean fail) {
		return CompletableFuture.supplyAsync(() -> groupCommit.execute(status -> {
			jdbc.sql("insert into public.group_commit_probe (n, tx) values (?, txid_current())").param(n).update();
			if (fail) {
				throw new IllegalArgumentException("probe " + n + " refused");
			}
			return jdbc.sql("select txid_current()").query(Long.class).single();
		}), callers);
	}

	@Test
	void workWaitingTogetherCommitsInOneTransaction() throws Exception {
		holdAllWriters();
		List<CompletableFuture<Long>> futures = new ArrayList<>();
		for (int n = 0; n < 20; n++) {
			futures.add(insertProbe(n, false));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waiting() == 20);

		release.countDown();

		Set<Long> transactions = futures.stream().map(CompletableFuture::join).collect(Collectors.toSet());
		assertThat(transactions).hasSizeLessThanOrEqualTo(properties.intake().writers());
		assertThat(jdbc.sql("select count(*) from public.group_commit_probe").query(Long.class).single()).isEqualTo(20);
	}

	@Test
	void oneFailingPieceOfWorkCostsTheOthersNothing() throws Exception {
		holdAllWriters();
		List<CompletableFuture<Long>> good = new ArrayList<>();
		for (int n = 0; n < 10; n++) {
			good.add(insertProbe(n, false));
		}
		CompletableFuture<Long> bad = insertProbe(99, true);
		await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waiting() == 11);

		release.countDown();

		good.forEach(CompletableFuture::join);
		assertThatThrownBy(bad::join).hasRootCauseInstanceOf(IllegalArgumentException.class)
			.hasRootCauseMessage("probe 99 refused");
		assertThat(jdbc.sql("select n from public.group_commit_probe order by n").query(Integer.class).list())
			.containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void onePieceAskingForARollbackDoesNotTakeTheOthersAlong() throws Exception {
		holdAllWriters();
		List<CompletableFuture<Long>> good = new ArrayList<>();
		for (int n = 0; n < 5; n++) {
			good.add(insertProbe(n, false));
		}
		CompletableFuture<Object> undone = CompletableFuture.supplyAsync(() -> groupCommit.execute(status -> {
			jdbc.sql("insert into public.group_commit_probe (n, tx) values (77, txid_current())").update();
			status.setRollbackOnly();
			return null;
		}), callers);
		await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waiting() == 6);

		release.countDown();

		good.forEach(CompletableFuture::join);
		undone.join();
		assertThat(jdbc.sql("select n from public.group_commit_probe order by n").query(Integer.class).list())
			.containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void theSameIdempotencyKeyInOneSharedTransactionStillMakesOneReport() throws Exception {
		NewReport report = validation.validate(new ReportInput("FRAUD", "صفحة تطلب أداء مبلغ مقابل التوظيف في الشرطة",
				null, List.of("https://example.org/group-commit"), "FACEBOOK", null, "ar", null, null, null),
				Locale.forLanguageTag("ar"));
		SubmitReport.IdempotencyKey key = new SubmitReport.IdempotencyKey("group-commit-" + System.nanoTime(),
				"192.0.2.7", "a".repeat(64));
		holdAllWriters();
		List<CompletableFuture<SubmitReport.Submission>> retries = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			retries.add(CompletableFuture.supplyAsync(() -> submitReport.submit(report, List.of(), key), callers));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waiting() == 8);

		release.countDown();

		List<SubmitReport.Submission> answers = retries.stream().map(CompletableFuture::join).toList();
		assertThat(answers).extracting(s -> s.code().value()).containsOnly(answers.get(0).code().value());
		assertThat(answers).filteredOn(s -> !s.replayed()).hasSize(1);
		assertThat(jdbc.sql("select count(*) from reporting.report where id = ?")
			.param(answers.get(0).reportId().value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReportArrivingInABurstIsAcknowledgedFromTheJournalAndFiledMomentsLater() throws Exception {
		NewReport report = validation.validate(new ReportInput("THREATS", "حساب يهدد بنشر صور شخصية إذا لم أدفع",
				null, List.of("https://example.org/burst"), "INSTAGRAM", null, "ar", null, "burst@example.org", null),
				Locale.forLanguageTag("ar"));
		int burst = properties.intake().deferWhenWaiting();
		long filedBefore = filer.filed();
		holdAllWriters();
		List<CompletableFuture<Long>> waiting = new ArrayList<>();
		for (int n = 0; n < burst; n++) {
			waiting.add(insertProbe(n, false));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waiting() == burst);
		CompletableFuture<SubmitReport.Submission> inBurst = CompletableFuture
			.supplyAsync(() -> submitReport.submit(report, List.of(), null), callers);
		await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waiting() == burst + 1);

		release.countDown();

		waiting.forEach(CompletableFuture::join);
		SubmitReport.Submission submission = inBurst.join();
		assertThat(trackReport.find(submission.code())).hasValueSatisfying(view -> {
			assertThat(view.status()).isEqualTo(ReportStatus.RECEIVED);
			assertThat(view.category()).isEqualTo(report.category());
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> filer.filed() > filedBefore);
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"select count(*) from reporting.report where id = ? and has_contact and sealed_contact is not null")
			.param(submission.reportId().value())
			.query(Long.class)
			.single() == 1);
		assertThat(jdbc.sql("select count(*) from reporting.intake where report_id = ?")
			.param(submission.reportId().value())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select status from reporting.status_change where report_id = ?")
			.param(submission.reportId().value())
			.query(String.class)
			.list()).containsExactly("RECEIVED");
	}

	@Test
	void statementsWaitingTogetherGoAsOneBatchAndEachGetsItsOwnCount() throws Exception {
		SqlStatement probe = new SqlStatement(
				"insert into public.group_commit_probe (n, tx) values (?, txid_current()) on conflict (n) do nothing",
				List.of(7));
		holdAllWriters();
		List<CompletableFuture<Integer>> counts = new ArrayList<>();
		for (int n = 0; n < 6; n++) {
			SqlStatement statement = n < 5 ? new SqlStatement(probe.sql(), List.of(n)) : probe;
			counts.add(CompletableFuture.supplyAsync(() -> groupCommit.update(statement), callers));
		}
		counts.add(CompletableFuture.supplyAsync(() -> groupCommit.update(probe), callers)); // 7 again: nothing to add
		await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waiting() == 7);

		release.countDown();

		assertThat(counts.stream().map(CompletableFuture::join).mapToInt(Integer::intValue).sum()).isEqualTo(6);
		assertThat(jdbc.sql("select n from public.group_commit_probe order by n").query(Integer.class).list())
			.containsExactly(0, 1, 2, 3, 4, 7);
		assertThat(jdbc.sql("select count(distinct tx) from public.group_commit_probe").query(Long.class).single())
			.isLessThanOrEqualTo(properties.intake().writers());
	}

	@Test
	void theSameIdempotencyKeyDuringABurstStillMakesOneReport() throws Exception {
		NewReport report = validation.validate(new ReportInput("FRAUD", "رابط يعد بجوائز مقابل أداء مصاريف الشحن",
				null, List.of("https://example.org/burst-retry"), "TIKTOK", null, "ar", null, null, null),
				Locale.forLanguageTag("ar"));
		SubmitReport.IdempotencyKey key = new SubmitReport.IdempotencyKey("burst-retry-" + System.nanoTime(),
				"192.0.2.8", "b".repeat(64));
		int burst = properties.intake().deferWhenWaiting();
		holdAllWriters();
		List<CompletableFuture<Long>> waiting = new ArrayList<>();
		for (int n = 0; n < burst; n++) {
			waiting.add(insertProbe(n, false));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waiting() == burst);
		List<CompletableFuture<SubmitReport.Submission>> retries = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			retries.add(CompletableFuture.supplyAsync(() -> submitReport.submit(report, List.of(), key), callers));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> groupCommit.waiting() == burst + 8);

		release.countDown();

		waiting.forEach(CompletableFuture::join);
		List<SubmitReport.Submission> answers = retries.stream().map(CompletableFuture::join).toList();
		assertThat(answers).extracting(s -> s.code().value()).containsOnly(answers.get(0).code().value());
		assertThat(answers).filteredOn(s -> !s.replayed()).hasSize(1);
		ReportId id = answers.get(0).reportId();
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from reporting.report where id = ?")
			.param(id.value())
			.query(Long.class)
			.single() == 1);
		assertThat(jdbc.sql("select count(*) from reporting.report where description = ?")
			.param(report.content().description())
			.query(Long.class)
			.single()).isEqualTo(1);
	}
}
