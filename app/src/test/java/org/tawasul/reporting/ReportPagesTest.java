package org.tawasul.reporting;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tawasul.TawasulTest;
import org.tawasul.reporting.internal.TrackingCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The citizen's pages without JavaScript: what a plain form post gets back. */
@TawasulTest
class ReportPagesTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void theFormIsArabicByDefaultWithAPrivacyNoticeAndAHiddenTrap() throws Exception {
		String page = mvc.perform(get("/report")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("dir=\"rtl\"", "حماية معطياتكم الشخصية", "تُحفظ مشفرة", "استغلال جنسي للأطفال",
				"enctype=\"multipart/form-data\"", "name=\"idempotencyKey\"");
		assertThat(page).containsPattern("class=\"honeypot\"[^>]*>\\s*<label for=\"website\"")
			.contains("name=\"website\" type=\"text\" autocomplete=\"off\" tabindex=\"-1\"");
	}

	@Test
	void everyLanguageHasTheForm() throws Exception {
		assertThat(page("/report?lang=fr")).contains("Signaler un contenu numérique nuisible", "dir=\"ltr\"");
		assertThat(page("/report?lang=en")).contains("Report harmful online content");
		assertThat(page("/report?lang=es")).contains("Denunciar contenido en línea dañino");
		assertThat(page("/report?lang=tlh")).contains("lang=\"ar\"");
	}

	@Test
	void theIsItTrueLinkPrefillsThePastedPostEscapedAndCutToTheFieldLimit() throws Exception {
		String page = mvc.perform(get("/report").param("text", "  شاحنة بيضاء <script>alert('x')</script>\u0007  "))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).containsPattern("<textarea id=\"postText\"[^>]*>شاحنة بيضاء &lt;script&gt;alert\\(&#39;x&#39;\\)&lt;/script&gt;</textarea>")
			.doesNotContain("<script>alert", "\u0007")
			.containsPattern("<option value=\"RUMOUR\"[^>]*selected");

		String longText = "أ".repeat(25_000);
		String cut = mvc.perform(get("/report").param("text", longText)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(cut).contains(">" + "أ".repeat(20_000) + "</textarea>").doesNotContain("أ".repeat(20_001));

		assertThat(page("/report?text=")).containsPattern("<textarea id=\"postText\"[^>]*></textarea>");
	}

	String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aFormWithMistakesComesBackWithMessagesAndEverythingTypedEscaped() throws Exception {
		String page = mvc.perform(multipart("/report").with(csrf()).locale(Locale.ENGLISH)
			.param("category", "")
			.param("description", "<script>alert('typed')</script>")
			.param("links", "not a link")
			.param("email", "nobody")
			.param("idempotencyKey", UUID.randomUUID().toString()))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Please choose the kind of content.", "Each link must be an address",
				"The email address is not valid.");
		assertThat(page).contains("&lt;script&gt;alert(&#39;typed&#39;)&lt;/script&gt;", "value=\"nobody\"", "not a link")
			.doesNotContain("<script>alert");
	}

	@Test
	void aValidFormShowsTheTrackingCodeAndResendingItFilesNothingNew() throws Exception {
		String key = UUID.randomUUID().toString();
		MockMultipartFile screenshot = new MockMultipartFile("files", "shot.png", "image/png", Images.png(20, 20));
		MockMultipartFile fake = new MockMultipartFile("files", "photo.jpg", "image/jpeg", "<?php echo 1; ?>".getBytes());

		String first = mvc.perform(multipart("/report").file(screenshot).file(fake).with(csrf())
			.param("category", "CHILD_SEXUAL_EXPLOITATION")
			.param("description", "حساب ينشر صورا لأطفال")
			.param("links", "https://instagram.com/x\nhttps://instagram.com/y")
			.param("seenAt", "2026-01-10T21:30")
			.param("region", "casablanca-settat")
			.param("idempotencyKey", key))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String code = first.replaceAll("(?s).*class=\"tracking-code\">([^<]+)<.*", "$1");
		assertThat(TrackingCode.parse(code)).isPresent();
		assertThat(first).contains("photo.jpg", "نوع الملف غير مقبول", "/track/" + code);

		String again = mvc.perform(multipart("/report").file(screenshot).file(fake).with(csrf())
			.param("category", "CHILD_SEXUAL_EXPLOITATION")
			.param("description", "حساب ينشر صورا لأطفال")
			.param("links", "https://instagram.com/x\nhttps://instagram.com/y")
			.param("seenAt", "2026-01-10T21:30")
			.param("region", "casablanca-settat")
			.param("idempotencyKey", key))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains(code);
		assertThat(jdbc.sql("select count(*) from reporting.report where description = 'حساب ينشر صورا لأطفال' "
				+ "and tracking_hash = ?").param(TrackingCode.parse(code).orElseThrow().hash()).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select region_code from reporting.report where tracking_hash = ?")
			.param(TrackingCode.parse(code).orElseThrow().hash()).query(String.class).single())
			.isEqualTo("casablanca-settat");
	}

	@Test
	void aBotFillingTheTrapGetsAConfirmationButNothingIsStored() throws Exception {
		String page = mvc.perform(multipart("/report").with(csrf())
			.param("category", "OTHER")
			.param("description", "buy cheap followers " + UUID.randomUUID())
			.param("website", "http://spam.example"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("tracking-code");
		assertThat(jdbc.sql("select count(*) from reporting.report where description like 'buy cheap followers%'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void trackingPagesExplainMistypedAndUnknownCodes() throws Exception {
		TrackingCode unknown = TrackingCode.generate();
		String typo = unknown.value().substring(0, 17) + (unknown.value().charAt(17) == 'A' ? 'B' : 'A');

		assertThat(mvc.perform(get("/track/" + typo).locale(Locale.FRENCH)).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString()).contains("Code de suivi non valide");
		assertThat(mvc.perform(get("/track").param("code", "<script>").locale(Locale.FRENCH)).andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString()).contains("&lt;script&gt;").doesNotContain("<script>");
		assertThat(mvc.perform(get("/track/" + unknown.grouped()).locale(Locale.FRENCH)).andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString()).contains("Aucun signalement ne porte ce code");
		mvc.perform(get("/track").param("code", unknown.value().toLowerCase()))
			.andExpect(status().is3xxRedirection());
	}
}
