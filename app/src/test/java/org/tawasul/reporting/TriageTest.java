package org.tawasul.reporting;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tawasul.TawasulTest;
import org.tawasul.reporting.internal.NewReport;
import org.tawasul.reporting.internal.ReportContent;
import org.tawasul.reporting.internal.SubmitReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff side: the inbox order and filters, the triage actions, their audit entries and their events. */
@TawasulTest
@RecordApplicationEvents
class TriageTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	SubmitReport submitReport;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	MockMvc mvc;

	final RequestPostProcessor agent = user("agent-" + UUID.randomUUID()).roles("TRIAGE_AGENT");

	final RequestPostProcessor viewer = user("viewer").roles("VIEWER");

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	SubmitReport.Submission submit(ReportCategory category, String text, String email) {
		return submitReport.submit(new NewReport(category, new ReportContent(text, null,
				List.of("https://www.tiktok.com/@x/video/1"), null, null), "ar", null, email, null), List.of(), null);
	}

	String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	long audited(String action, ReportId id) {
		return jdbc.sql("select count(*) from audit.entry where action = ? and subject = ?")
			.params(action, "report:" + id).query(Long.class).single();
	}

	@Test
	void theInboxPutsChildExploitationAndTerrorismOnTopAndSearchesTheText() throws Exception {
		String word = "kelma" + UUID.randomUUID().toString().substring(0, 8);
		submit(ReportCategory.OTHER, "أول بلاغ " + word, null);
		submit(ReportCategory.TERRORISM, "دعوة إلى الالتحاق " + word, null);
		submit(ReportCategory.RUMOUR, "إشاعة ثالثة " + word, null);

		String inbox = page("/staff/reports?q=" + word.toUpperCase(), agent);

		assertThat(inbox).contains("دعوة إلى الالتحاق", "أول بلاغ", "إشاعة ثالثة");
		assertThat(inbox.indexOf("دعوة إلى الالتحاق")).isLessThan(inbox.indexOf("إشاعة ثالثة"));
		assertThat(inbox.indexOf("إشاعة ثالثة")).isLessThan(inbox.indexOf("أول بلاغ"));
		assertThat(inbox).contains("hx-trigger=\"every 10s\"");
		assertThat(page("/staff/reports?q=" + word + "&category=FRAUD", agent)).doesNotContain("أول بلاغ");
	}

	@Test
	void htmxRefreshesOnlyTheList() throws Exception {
		String partial = mvc.perform(get("/staff/reports").with(agent).header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(partial).contains("id=\"inbox-list\"").doesNotContain("<html", "<form class=\"filters\"");
	}

	@Test
	void escalatingPublishesTheEventAndIsAudited() throws Exception {
		ReportId id = submit(ReportCategory.TERRORISM, "محتوى يدعو إلى العنف", null).reportId();

		mvc.perform(post("/staff/reports/" + id + "/escalate").with(agent).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(events.stream(ReportEscalated.class).filter(e -> e.reportId().equals(id))).singleElement()
			.satisfies(e -> assertThat(e.text()).contains("محتوى يدعو إلى العنف"));
		assertThat(audited("report.escalate", id)).isEqualTo(1);
		assertThat(page("/staff/reports/" + id, agent)).contains("Passed to digital vigilance");
		assertThat(audited("report.view", id)).isEqualTo(1);
	}

	@Test
	void aViewerReadsButCannotAct() throws Exception {
		ReportId id = submit(ReportCategory.FRAUD, "رسالة نصب", null).reportId();

		assertThat(page("/staff/reports/" + id, viewer)).contains("رسالة نصب").doesNotContain("id=\"escalate\"");
		mvc.perform(post("/staff/reports/" + id + "/escalate").with(viewer).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/reports").with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
	}

	@Test
	void theContactIsShownOnlyOnRequestAndTheViewIsAudited() throws Exception {
		ReportId id = submit(ReportCategory.SEXTORTION, "ابتزاز", "citizen@example.ma").reportId();

		assertThat(page("/staff/reports/" + id, agent)).doesNotContain("citizen@example.ma");
		String shown = mvc.perform(post("/staff/reports/" + id + "/contact").with(agent).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(shown).contains("citizen@example.ma");
		// the acknowledgement mail also opens the contact, asynchronously and as "system": count the agent's views
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'report.view-contact' and subject = ? and actor <> 'system'")
			.param("report:" + id).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from reporting.report where id = ? and position(convert_to('example.ma', 'UTF8') in sealed_contact) > 0")
			.param(id.value()).query(Long.class).single()).isZero();
	}

	@Test
	void aMessageReachesTheTrackingPageEscaped() throws Exception {
		SubmitReport.Submission submission = submit(ReportCategory.RUMOUR, "<script>alert('x')</script>", null);
		ReportId id = submission.reportId();

		mvc.perform(post("/staff/reports/" + id + "/message").with(agent).with(csrf())
			.param("text", "شكرا <b onmouseover=alert(1)>لكم</b>"))
			.andExpect(status().is3xxRedirection());

		String tracking = mvc.perform(get("/track/" + submission.code().grouped())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(tracking).contains("شكرا &lt;b onmouseover=alert(1)&gt;لكم&lt;/b&gt;").doesNotContain("<b onmouseover");
		String staffPage = page("/staff/reports/" + id, agent);
		assertThat(staffPage).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
		assertThat(audited("report.message", id)).isEqualTo(1);
	}

	@Test
	void theReporterOfADuplicateFollowsTheOriginal() throws Exception {
		SubmitReport.Submission original = submit(ReportCategory.RUMOUR, "إشاعة عن انقطاع الماء", null);
		SubmitReport.Submission duplicate = submit(ReportCategory.RUMOUR, "نفس الإشاعة", null);
		long reference = jdbc.sql("select reference from reporting.report where id = ?")
			.param(original.reportId().value()).query(Long.class).single();

		mvc.perform(post("/staff/reports/" + duplicate.reportId() + "/duplicate").with(agent).with(csrf())
			.param("original", "#" + reference)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/reports/" + original.reportId() + "/escalate").with(agent).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/reports/" + original.reportId() + "/message").with(agent).with(csrf())
			.param("text", "تم التحقق من الخبر")).andExpect(status().is3xxRedirection());

		String tracking = mvc.perform(get("/track/" + duplicate.code().grouped()).locale(Locale.ENGLISH))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(tracking).contains("Joined to an earlier report", "Passed to digital vigilance", "تم التحقق من الخبر");
	}

	@Test
	void illegalTransitionsAndBadInputAreClearRefusals() throws Exception {
		ReportId id = submit(ReportCategory.OTHER, "شيء ما", null).reportId();

		mvc.perform(post("/staff/reports/" + id + "/reject").with(agent).with(csrf()).param("reason", " "))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/staff/reports/" + id + "/reject").with(agent).with(csrf()).param("reason", "ليس ضارا"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/reports/" + id + "/escalate").with(agent).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/staff/reports/" + id + "/duplicate").with(agent).with(csrf()).param("original", "abc"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/staff/reports/not-a-uuid").with(agent)).andExpect(status().isBadRequest());
		mvc.perform(get("/staff/reports/" + UUID.randomUUID()).with(agent)).andExpect(status().isNotFound());
	}
}
