package org.tawasul.vigilance.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tawasul.TawasulTest;
import org.tawasul.TestClock;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.vigilance.monitoring.IncomingItem;
import org.tawasul.vigilance.monitoring.Intake;
import org.tawasul.vigilance.monitoring.ItemSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TawasulTest
class VigilancePagesTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Intake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private String severeItem(String text) {
		intake.ingest(List.of(new IncomingItem(ItemSource.COLLECTOR, "pages-test", UUID.randomUUID().toString(),
				"https://social.example/v/1", text, "ar", null, ReportCategory.TERRORISM, null, null, clock.instant())));
		return jdbc.sql("select id from vigilance.alert where sample_text = ?").param(text).query(UUID.class).single()
			.toString();
	}

	/** A signed-in member with both factors (supervisors need the second one on staff pages). */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor staff(String username, String role) {
		java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>(
				org.tawasul.vigilance.TestSignIn.FACTORS);
		authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role));
		return user(username).authorities(authorities);
	}

	private String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void anAnalystSeesTheQueueWithLivePollingAndTheAlert() throws Exception {
		String text = "دعوة للعنف " + UUID.randomUUID();
		severeItem(text);
		String page = body(mvc.perform(get("/staff/vigilance").with(staff("amina", "ANALYST")))
			.andExpect(status().isOk()).andReturn());
		assertThat(page).contains("hx-get=\"/staff/vigilance/queue\"", "hx-trigger=\"every 3s\"", text);
		String fragment = body(mvc.perform(get("/staff/vigilance/queue").with(staff("amina", "ANALYST")))
			.andExpect(status().isOk()).andReturn());
		assertThat(fragment).contains(text).doesNotContain("<html");
	}

	@Test
	void anEditorMayNotOpenTheQueue() throws Exception {
		mvc.perform(get("/staff/vigilance").with(staff("karim", "EDITOR"))).andExpect(status().isForbidden());
	}

	@Test
	void takingAnAlertThenOpeningACaseLeadsToTheCasePageAndStagesMoveByForm() throws Exception {
		String text = "تهديد إرهابي " + UUID.randomUUID();
		String alert = severeItem(text);
		mvc.perform(post("/staff/vigilance/alerts/" + alert + "/take").with(staff("amina", "ANALYST")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		MvcResult opened = mvc.perform(post("/staff/vigilance/alerts/" + alert + "/case")
			.with(staff("amina", "ANALYST")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String casePath = opened.getResponse().getRedirectedUrl();
		assertThat(casePath).startsWith("/staff/vigilance/cases/");

		mvc.perform(post(casePath + "/stage").param("target", "EXPERTISE").param("note", "vidéo authentique")
			.with(staff("amina", "ANALYST")).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(casePath + "/stage").param("target", "JUDICIAL").param("reference", " ")
			.with(staff("amina", "ANALYST")).with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "vigilance.case.reference-required"));
		String page = body(mvc.perform(get(casePath).header("Accept-Language", "fr")
			.with(staff("amina", "ANALYST"))).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("Expertise technique", "vidéo authentique", "sla-ok", "to-JUDICIAL");
	}

	@Test
	void theClockTurnsRedPastFiveHoursAndTheSupervisorSeesTheBreachWarning() throws Exception {
		String text = "مقطع عنيف " + UUID.randomUUID();
		String alert = severeItem(text);
		MvcResult opened = mvc.perform(post("/staff/vigilance/alerts/" + alert + "/case")
			.with(staff("amina", "ANALYST")).with(csrf())).andReturn();
		String casePath = opened.getResponse().getRedirectedUrl();
		clock.advance(Duration.ofHours(5).plusMinutes(1));
		assertThat(body(mvc.perform(get(casePath).with(staff("amina", "ANALYST"))).andReturn()))
			.contains("sla-breach");
		assertThat(body(mvc.perform(get("/staff/vigilance").with(staff("youssef", "SUPERVISOR"))).andReturn()))
			.contains("breach-warning", text.substring(0, 8));
	}

	@Test
	void theDashboardAndTheWatchListRender() throws Exception {
		assertThat(body(mvc.perform(get("/staff/vigilance/dashboard").with(staff("y", "SUPERVISOR")))
			.andExpect(status().isOk()).andReturn())).contains("open-by-stage", "monthly");
		mvc.perform(post("/staff/vigilance/watch-list").param("term", "ksar " + UUID.randomUUID()).param("language", "ary-Latn")
			.param("category", "THREATS").param("reason", "menace en arabizi")
			.with(staff("y", "SUPERVISOR")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(body(mvc.perform(get("/staff/vigilance/watch-list").with(staff("y", "SUPERVISOR")))
			.andExpect(status().isOk()).andReturn())).contains("menace en arabizi");
		mvc.perform(get("/staff/vigilance/watch-list").with(staff("a", "ANALYST"))).andExpect(status().isForbidden());
	}

	@Test
	void anAnalystEntersAnItemByHand() throws Exception {
		String text = "فيديو مفبرك عن زلزال " + UUID.randomUUID();
		mvc.perform(post("/staff/vigilance/items").param("url", "https://www.tiktok.com/@x/video/1").param("text", text)
			.param("regionCode", "prefecture-fes").param("category", "RUMOUR")
			.with(staff("amina", "ANALYST")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select source from vigilance.monitored_item where text = ?").param(text).query(String.class)
			.single()).isEqualTo("ANALYST");
	}
}
