package org.tawasul.notifications;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.tawasul.TawasulTest;
import org.tawasul.TestMail;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.internal.NewReport;
import org.tawasul.reporting.internal.ReportContent;
import org.tawasul.reporting.internal.SubmitReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A reporter who leaves an email gets the tracking code by mail, in their language, even if the mail server was down. */
@TawasulTest
class ReporterAcknowledgementTest {

	@Autowired
	SubmitReport submitReport;

	@Autowired
	TestMail mail;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestSms sms;

	SubmitReport.Submission submit(String language, String email) {
		return submitReport.submit(new NewReport(ReportCategory.FRAUD,
				new ReportContent("رسالة تطلب رقم البطاقة البنكية", null, List.of(), null, null), language, null, email,
				null), List.of(), null);
	}

	List<MimeMessage> mailsTo(String address) {
		return mail.received().stream().filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	@Test
	void aReporterWithAnEmailGetsTheTrackingCodeInTheirLanguage() throws Exception {
		String address = "citoyen-" + System.nanoTime() + "@example.ma";
		SubmitReport.Submission submission = submit("fr", address);

		await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(address).isEmpty());
		MimeMessage message = mailsTo(address).getFirst();
		assertThat(message.getSubject()).contains("Votre signalement est bien reçu", submission.code().grouped());
		assertThat(message.getContent().toString()).contains(submission.code().grouped(),
				"/track/" + submission.code().grouped(), "Bonjour");
		assertThat(jdbc.sql("select count(*) from audit.entry where actor = 'system' and action = 'report.view-contact' and subject = ?")
			.param("report:" + submission.reportId()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aMailServerFailureNeitherLosesTheReportNorTheMail() throws Exception {
		String address = "mouwatin-" + System.nanoTime() + "@example.ma";
		mail.stop();
		SubmitReport.Submission submission;
		try {
			submission = submit("ar", address);
			assertThat(jdbc.sql("select count(*) from reporting.report where id = ?")
				.param(submission.reportId().value()).query(Long.class).single()).isEqualTo(1);
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
					select count(*) from event_publication where completion_date is null
					and event_type like '%ReportSubmitted' and serialized_event like ?""")
				.param("%" + submission.reportId() + "%").query(Long.class).single() == 1
					&& jdbc.sql("select count(*) from event_publication where status = 'FAILED' and serialized_event like ?")
						.param("%" + submission.reportId() + "%").query(Long.class).single() == 1);
		}
		finally {
			mail.restart();
		}

		incomplete.resubmitIncompletePublications(p -> p.getEvent().toString().contains(submission.reportId().toString()));

		await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(address).isEmpty());
		assertThat(mailsTo(address).getFirst().getContent().toString()).contains(submission.code().grouped(), "مرحبا");
	}

	@Test
	void aReporterWithOnlyAPhoneGetsTheTrackingCodeByTextMessage() {
		String local = phone();
		SubmitReport.Submission submission = submitReport.submit(new NewReport(ReportCategory.FRAUD,
				new ReportContent("رسالة تطلب رقم البطاقة البنكية", null, List.of(), null, null), "ar", null, null,
				local), List.of(), null);
		String international = "+212" + local.replace(" ", "").substring(1);

		await().atMost(Duration.ofSeconds(30)).until(() -> !sms.sentTo(international).isEmpty());
		LoggedRequest message = sms.sentTo(international).getFirst();
		assertThat(message.formParameters().get("Body").firstValue()).contains("رمز التتبع",
				submission.code().grouped(), "/track/" + submission.code().grouped());
		assertThat(message.formParameters().get("From").firstValue()).isEqualTo("DGSN");
		assertThat(sms.sentTo(international)).hasSize(1);
	}

	@Test
	void aGatewayFailureLeavesTheTextMessageToBeSentAgain() {
		String local = phone();
		String international = "+212" + local.replace(" ", "").substring(1);
		sms.refuse(international);
		SubmitReport.Submission submission;
		try {
			submission = submitReport.submit(new NewReport(ReportCategory.FRAUD,
					new ReportContent("رابط مزيف لتحديث البطاقة", null, List.of(), null, null), "fr", null, null,
					local), List.of(), null);
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
					select count(*) from event_publication where completion_date is null
					and event_type like '%ReportSubmitted' and serialized_event like ?""")
				.param("%" + submission.reportId() + "%").query(Long.class).single() == 1
					&& !sms.sentTo(international).isEmpty());
		}
		finally {
			sms.accept();
		}

		incomplete.resubmitIncompletePublications(p -> p.getEvent().toString().contains(submission.reportId().toString()));

		await().atMost(Duration.ofSeconds(30)).until(() -> sms.sentTo(international).size() == 2);
		assertThat(sms.sentTo(international).getLast().formParameters().get("Body").firstValue())
			.contains("Code de suivi", submission.code().grouped());
	}

	/** A Moroccan mobile number, written as people do, that no other test uses. */
	private static String phone() {
		long n = 10_000_000 + Math.floorMod(System.nanoTime(), 90_000_000L);
		String digits = "06" + n;
		return digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
				+ digits.substring(6, 8) + " " + digits.substring(8);
	}

	@Test
	void anAnonymousReportSendsNothing() {
		SubmitReport.Submission submission = submit("ar", null);
		assertThat(submission.reportId()).isNotNull();
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'report.view-contact' and subject = ?")
			.param("report:" + submission.reportId()).query(Long.class).single()).isZero();
	}
}
