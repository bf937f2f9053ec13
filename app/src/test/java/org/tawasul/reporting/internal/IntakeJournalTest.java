package org.tawasul.reporting.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulTest;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reports acknowledged from the intake journal: followed by their reporters before they are filed, filed with what
 * the citizen sent, and never lost or stuck behind an entry that cannot be filed.
 */
@TawasulTest
class IntakeJournalTest {

	@Autowired
	IntakeJournal journal;

	@Autowired
	ReportFiler filer;

	@Autowired
	TrackReport trackReport;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactVault vault;

	@Autowired
	Idempotency idempotency;

	@Autowired
	GroupCommit groupCommit;

	@LocalServerPort
	int port;

	@AfterEach
	void burstOver() {
		// every entry of these tests is filed: later tests expect reports to be filed at once
		await().atMost(Duration.ofSeconds(60)).until(() -> !filer.shouldDefer());
	}

	private final Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

	private final NewReport report = new NewReport(ReportCategory.FRAUD,
			new ReportContent("رسالة تطلب أداء رسوم لاستلام طرد باسم البريد", "أدخل رقم بطاقتك البنكية هنا",
					List.of("https://example.org/parcel"), Platform.WHATSAPP, null),
			"ar", "casablanca-settat", "reporter@example.org", null);

	private final List<StoredAttachment> attachments = List
		.of(new StoredAttachment("image/png", 1234, "a".repeat(64), "b".repeat(64)));

	/** Adds an entry that the filer leaves alone until {@link #release released}, as if it had failed once. */
	private ReportId held(TrackingCode code) {
		ReportId id = ReportId.generate();
		byte[] contact = sealedContact(id, code);
		transaction.executeWithoutResult(status -> {
			SqlStatement insert = journal.insert(id, code, report, contact, attachments, receivedAt, null);
			assertThat(jdbc.sql(insert.sql()).params(insert.params()).update()).isEqualTo(1);
			jdbc.sql("update reporting.intake set retry_at = 'infinity' where report_id = ?").param(id.value()).update();
		});
		return id;
	}

	private byte[] sealedContact(ReportId id, TrackingCode code) {
		return vault.seal(JsonMapper.builder().build().writeValueAsString(
				new SubmitReport.SealedContact(report.email(), report.phone(), code.value())), id.toString());
	}

	private void release(ReportId id) {
		jdbc.sql("update reporting.intake set retry_at = null where report_id = ?").param(id.value()).update();
		filer.added();
	}

	private long filedReports(ReportId id) {
		return jdbc.sql("select count(*) from reporting.report where id = ?").param(id.value()).query(Long.class).single();
	}

	@Test
	void aReportNotFiledYetIsFollowedWithItsTrackingCode() throws Exception {
		TrackingCode code = TrackingCode.generate();
		ReportId id = held(code);

		HttpResponse<String> tracked = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/" + code.grouped()))
				.header("Accept-Language", "fr")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(tracked.statusCode()).isEqualTo(200);
		JsonNode view = JsonMapper.builder().build().readTree(tracked.body());
		assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(view.get("category").asString()).isEqualTo("FRAUD");
		assertThat(view.get("submittedAt").asString()).isEqualTo(receivedAt.toString());
		assertThat(view.get("history").get(0).get("label").asString()).isEqualTo("Reçu");
		assertThat(view.get("attachments").asInt()).isEqualTo(1);
		assertThat(filedReports(id)).isZero();

		release(id);

		await().atMost(Duration.ofSeconds(30)).until(() -> filedReports(id) == 1);
		assertThat(trackReport.find(code)).hasValueSatisfying(filed -> {
			assertThat(filed.status()).isEqualTo(ReportStatus.RECEIVED);
			assertThat(filed.submittedAt()).isEqualTo(receivedAt);
			assertThat(filed.attachments()).isEqualTo(1);
			assertThat(filed.reportIds()).containsExactly(id);
		});
	}

	@Test
	void aFiledReportKeepsWhatTheCitizenSentAndNoContactInClear() {
		TrackingCode code = TrackingCode.generate();
		ReportId id = held(code);
		assertThat(jdbc.sql("select report from reporting.intake where report_id = ?")
			.param(id.value())
			.query(String.class)
			.single()).doesNotContain("reporter@example.org");

		release(id);

		await().atMost(Duration.ofSeconds(30)).until(() -> filedReports(id) == 1);
		assertThat(jdbc.sql("""
				select category || '|' || description || '|' || post_text || '|' || array_to_string(links, ',') || '|'
				    || platform || '|' || region_code || '|' || has_contact
				from reporting.report where id = ?""")
			.param(id.value())
			.query(String.class)
			.single()).isEqualTo("FRAUD|رسالة تطلب أداء رسوم لاستلام طرد باسم البريد|أدخل رقم بطاقتك البنكية هنا|"
					+ "https://example.org/parcel|WHATSAPP|casablanca-settat|true");
		byte[] sealed = jdbc.sql("select sealed_contact from reporting.report where id = ?")
			.param(id.value())
			.query(byte[].class)
			.single();
		assertThat(vault.open(sealed, id.toString())).contains("reporter@example.org").contains(code.value());
		assertThat(jdbc.sql("select sha256 from reporting.attachment where report_id = ?")
			.param(id.value())
			.query(String.class)
			.list()).containsExactly("a".repeat(64));
	}

	@Test
	void anEntryThatCannotBeFiledIsKeptAndDoesNotHoldUpTheOthers() {
		long broken = transaction.execute(status -> jdbc.sql("""
				insert into reporting.intake (report_id, tracking_hash, received_at, report)
				values (gen_random_uuid(), ?, now(), '{"report": {"category": "NO_SUCH_CATEGORY"')
				returning seq""")
			.param("c".repeat(64))
			.query(Long.class)
			.single());
		TrackingCode code = TrackingCode.generate();
		ReportId good = held(code);
		try {
			release(good);

			await().atMost(Duration.ofSeconds(30)).until(() -> filedReports(good) == 1);
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
					"select attempts from reporting.intake where seq = ?").param(broken).query(Integer.class).single() >= 1);
			assertThat(jdbc.sql("select retry_at > now() from reporting.intake where seq = ?")
				.param(broken)
				.query(Boolean.class)
				.single()).isTrue();
		}
		finally {
			jdbc.sql("delete from reporting.intake where seq = ?").param(broken).update();
		}
	}

	@Test
	void anEntryIsAddedOnlyWithItsIdempotencyClaimAndALiveClaimAddsNothing() {
		String key = "intake-claim-" + System.nanoTime();
		String client = vault.clientRef("192.0.2.7");
		TrackingCode firstCode = TrackingCode.generate();
		ReportId first = ReportId.generate();
		TrackingCode secondCode = TrackingCode.generate();
		ReportId second = ReportId.generate();

		int firstAdded = groupCommit.update(journal.insert(first, firstCode, report, null, attachments, receivedAt,
				idempotency.claimStatement(key, client, "1".repeat(64), first, firstCode, receivedAt)));
		int secondAdded = groupCommit.update(journal.insert(second, secondCode, report, null, attachments, receivedAt,
				idempotency.claimStatement(key, client, "2".repeat(64), second, secondCode, receivedAt)));
		filer.added();

		assertThat(firstAdded).isEqualTo(1);
		assertThat(secondAdded).isZero();
		assertThat(idempotency.find(key, client)).hasValueSatisfying(claim -> {
			assertThat(claim.reportId()).isEqualTo(first);
			assertThat(claim.code()).isEqualTo(firstCode);
			assertThat(claim.requestHash()).isEqualTo("1".repeat(64));
		});
		assertThat(trackReport.find(secondCode)).isEmpty();
		await().atMost(Duration.ofSeconds(30)).until(() -> filedReports(first) == 1);
		assertThat(filedReports(second)).isZero();
	}
}
