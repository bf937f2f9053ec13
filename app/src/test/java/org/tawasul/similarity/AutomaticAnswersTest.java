package org.tawasul.similarity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulTest;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.editorial.EditorialDesk;
import org.tawasul.newsroom.editorial.PublishedStatements;
import org.tawasul.notifications.TestSms;
import org.tawasul.reporting.ReportAnswers;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportId;
import org.tawasul.reporting.ReportSubmitted;
import org.tawasul.reporting.internal.NewReport;
import org.tawasul.reporting.internal.ReportContent;
import org.tawasul.reporting.internal.SubmitReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The automatic-answer flow end to end on the real PostgreSQL: reports received before and after a truth statement
 * is published are matched to it, answered once, and shown through reporting's SPI; suggestions are decided by
 * staff and the decision is kept.
 */
@TawasulTest
class AutomaticAnswersTest {

	@Autowired
	EditorialDesk desk;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportAnswers answers;

	@Autowired
	StatementMatches matches;

	@Autowired
	SubmitReport submitReport;

	@Autowired
	TestSms sms;

	@LocalServerPort
	int port;

	private final HttpClient httpClient = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void earlierAndLaterReportsOfTheRumourAreAnsweredOnceAndShowTheStatement() {
		String place = "حي " + UUID.randomUUID().toString().substring(0, 6);
		ReportId earlier = submit("رسالة واتساب: شاحنة بيضاء تختطف الأطفال قرب مدرسة ابتدائية في " + place + " احذروا");
		await().until(() -> count("select count(*) from similarity.report_text where report_id = ?", earlier.value()) == 1);

		PublicationId statement = PublishedStatements.publish(desk, PublicationType.TRUTH_STATEMENT,
				PublishedStatements.truthStatement("شاحنة بيضاء تختطف الأطفال قرب مدرسة ابتدائية في " + place,
						"Une camionnette blanche enlèverait des enfants près d’une école primaire à " + place,
						"شاحنة بيضاء " + place));

		await().untilAsserted(() -> assertThat(status(earlier, statement)).isEqualTo("ANSWERED"));
		await().until(() -> count("select count(*) from notifications.statement_answer where report_id = ?", earlier.value()) == 1);

		ReportId later = submit("هل صحيح أن شاحنة بيضاء تختطف الأطفال قرب مدرسة ابتدائية في " + place + "؟");
		await().untilAsserted(() -> assertThat(status(later, statement)).isEqualTo("ANSWERED"));
		await().until(() -> count("select count(*) from notifications.statement_answer where report_id = ?", later.value()) == 1);

		List<ReportAnswers.ReportAnswer> shown = answers.forReport(earlier, "fr");
		assertThat(shown).singleElement().satisfies(a -> {
			assertThat(a.language()).isEqualTo("fr");
			assertThat(a.path()).startsWith("/fr/publications/");
		});

		// a redelivered event changes nothing: the reporter is never told twice
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new StatementMatched(earlier, statement.value(), 0.99, MatchLevel.CONFIRM, Instant.now())));
		await().during(java.time.Duration.ofMillis(500)).until(() ->
				count("select count(*) from notifications.statement_answer where report_id = ?", earlier.value()) == 1);

		ReportId unrelated = submit("انقطاع الماء في الحي منذ الصباح " + UUID.randomUUID());
		await().until(() -> count("select count(*) from similarity.report_text where report_id = ?", unrelated.value()) == 1);
		assertThat(count("select count(*) from similarity.statement_match where report_id = ? and level = 'CONFIRM'",
				unrelated.value())).isZero();
	}

	@Test
	void aReporterWhoLeftOnlyAPhoneIsToldByTextMessage() {
		String place = "حي " + UUID.randomUUID().toString().substring(0, 6);
		String phone = "+2126" + (10_000_000 + Math.floorMod(System.nanoTime(), 90_000_000L));
		ReportId report = submitReport.submit(new NewReport(ReportCategory.RUMOUR, new ReportContent(
				"تسجيل صوتي يزعم تسمم تلاميذ بوجبة مدرسية في " + place + " انشروه", null, List.of(), null, null),
				"fr", null, null, phone), List.of(), null).reportId();
		await().until(() -> count("select count(*) from similarity.report_text where report_id = ?", report.value()) == 1);
		// the acknowledgement goes out on its own, asynchronously: wait for it, so the answer is the only message after
		await().until(() -> sms.sentTo(phone).size() == 1);

		PublishedStatements.publish(desk, PublicationType.TRUTH_STATEMENT,
				PublishedStatements.truthStatement("تسمم تلاميذ بوجبة مدرسية في " + place,
						"Des élèves auraient été intoxiqués par un repas scolaire à " + place, "وجبة مدرسية " + place));

		await().until(() -> "SENT".equals(jdbc.sql("select status from notifications.statement_answer where report_id = ?")
			.param(report.value()).query(String.class).optional().orElse(null)));
		assertThat(sms.sentTo(phone)).hasSize(2);
		assertThat(sms.sentTo(phone).getLast().formParameters().get("Body").firstValue())
			.contains("mise au point", "/fr/publications/");
	}

	@Test
	void aMatchedReportsTrackingPageAndApiShowTheStatementAndOthersDoNot() throws Exception {
		String place = "حي " + UUID.randomUUID().toString().substring(0, 6);
		String rumour = "شاحنة سوداء تختطف الأطفال قرب مدرسة إعدادية في " + place;
		String title = "Camionnette noire " + place;
		PublishedStatements.publish(desk, PublicationType.TRUTH_STATEMENT, PublishedStatements.truthStatement(rumour,
				"Une camionnette noire enlèverait des enfants près d’un collège à " + place, title));

		String matched = file("رسالة واتساب: " + rumour + " احذروا");
		String unrelated = file("انقطاع الماء في الحي منذ الصباح " + UUID.randomUUID());
		await().untilAsserted(() -> assertThat(http("/api/v1/reports/" + matched).body()).contains(title));

		JsonNode view = json.readTree(http("/api/v1/reports/" + matched).body());
		assertThat(view.get("answers")).singleElement().satisfies(a -> {
			assertThat(a.get("title").asString()).startsWith("Mise au point").endsWith(title);
			assertThat(a.get("url").asString()).startsWith("/fr/publications/");
			assertThat(a.get("language").asString()).isEqualTo("fr");
		});
		String page = http("/track/" + matched).body();
		assertThat(page).contains("id=\"report-answers\"", "Mises au point", title)
			.containsPattern("<a href=\"/fr/publications/[^\"]+\" lang=\"fr\">Mise au point[^<]*" + title + "</a>");

		assertThat(json.readTree(http("/api/v1/reports/" + unrelated).body()).get("answers").isEmpty()).isTrue();
		assertThat(http("/track/" + unrelated).body()).doesNotContain("report-answers", title);
	}

	private String file(String description) throws Exception {
		String body = json.writeValueAsString(java.util.Map.of("category", "RUMOUR", "description", description,
				"language", "ar"));
		HttpResponse<String> created = httpClient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		return json.readTree(created.body()).get("trackingCode").asString();
	}

	private HttpResponse<String> http(String path) throws Exception {
		HttpResponse<String> response = httpClient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "fr")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	@Test
	void staffConfirmOrDismissSuggestionsAndTheFeedbackIsKept() {
		PublicationId statement = PublishedStatements.publishTruthStatement(desk, "اقتراح " + System.nanoTime(), List.of());
		ReportId confirmed = suggested(statement.value(), 0.4);
		ReportId dismissed = suggested(statement.value(), 0.3);
		assertThat(matches.pendingSuggestions(500)).extracting(StatementMatches.Suggestion::reportId)
			.contains(confirmed, dismissed);

		matches.confirm(confirmed, statement.value(), "triage-hind");
		matches.dismiss(dismissed, statement.value(), "triage-hind");

		assertThat(status(confirmed, statement)).isEqualTo("CONFIRMED");
		assertThat(status(dismissed, statement)).isEqualTo("DISMISSED");
		assertThat(count("select count(*) from similarity.match_feedback where report_id in (?, ?)", confirmed.value(),
				dismissed.value())).isEqualTo(2);
		await().until(() -> count("select count(*) from notifications.statement_answer where report_id = ?", confirmed.value()) == 1);
		assertThat(matches.answersFor(confirmed)).containsExactly(statement.value());
		assertThat(matches.answersFor(dismissed)).isEmpty();
	}

	private ReportId submit(String text) {
		ReportId id = ReportId.generate();
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new ReportSubmitted(id, ReportCategory.values()[0], text, "ar", true, Instant.now())));
		return id;
	}

	private ReportId suggested(UUID publication, double score) {
		ReportId id = ReportId.generate();
		jdbc.sql("insert into similarity.report_text (report_id, text, language, submitted_at) values (?, ?, 'ar', now())")
			.params(id.value(), "نص قريب " + id).update();
		jdbc.sql("""
				insert into similarity.statement_match (report_id, publication_id, score, level, status, matched_at)
				values (?, ?, ?, 'SUGGEST', 'SUGGESTED', now())""")
			.params(id.value(), publication, score).update();
		return id;
	}

	private String status(ReportId report, PublicationId statement) {
		return jdbc.sql("select status from similarity.statement_match where report_id = ? and publication_id = ?")
			.params(report.value(), statement.value())
			.query(String.class)
			.optional()
			.orElse("NONE");
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}
}
