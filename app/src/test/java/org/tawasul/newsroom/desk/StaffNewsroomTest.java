package org.tawasul.newsroom.desk;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tawasul.TawasulTest;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.editorial.PublicationState;
import org.tawasul.newsroom.editorial.Publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The editorial desk's pages: the rules reach the member as clear, localised messages and nothing typed is lost. */
@TawasulTest
class StaffNewsroomTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Publications publications;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void anEditorDraftsInArabicAndFrenchAndAnotherPersonApproves() throws Exception {
		UUID id = draft("amina");
		mvc.perform(post("/staff/newsroom/" + id + "/submit").param("version", "1").with(staff("amina", "EDITOR")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		MvcResult ownApproval = mvc.perform(post("/staff/newsroom/" + id + "/approve").param("version", "2")
				.with(staff("amina", "EDITOR", "APPROVER")).with(csrf()).header("Accept-Language", "fr"))
			.andExpect(status().isForbidden()).andReturn();
		assertThat(ownApproval.getResponse().getContentAsString()).contains("un autre approbateur doit le faire");

		mvc.perform(post("/staff/newsroom/" + id + "/approve").param("version", "2").with(staff("youssef", "APPROVER")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(publications.get(new PublicationId(id)).state()).isEqualTo(PublicationState.APPROVED);
		assertThat(publications.get(new PublicationId(id)).approvedBy()).isEqualTo("youssef");
	}

	@Test
	void aStaleFormIsRefusedWithAClearMessageAndKeepsWhatWasTyped() throws Exception {
		UUID id = draft("karim");
		mvc.perform(form(post("/staff/newsroom/" + id), "Texte de Karim", "1").with(staff("karim", "EDITOR")))
			.andExpect(status().is3xxRedirection());
		MvcResult stale = mvc.perform(form(post("/staff/newsroom/" + id), "Texte de Salma, écrit en parallèle", "1")
				.with(staff("salma", "EDITOR")).header("Accept-Language", "fr"))
			.andExpect(status().isConflict()).andReturn();
		String html = stale.getResponse().getContentAsString();
		assertThat(html).contains("Quelqu’un d’autre a modifié cette publication").contains("Texte de Salma, écrit en parallèle");
	}

	@Test
	void missingTranslationsAreListedOnSubmission() throws Exception {
		MvcResult created = mvc.perform(post("/staff/newsroom").with(staff("nora", "EDITOR")).with(csrf())
				.param("type", "NEWS").param("ar.title", "خبر بلا ترجمة " + System.nanoTime()).param("ar.body", "<p>نص</p>"))
			.andExpect(status().is3xxRedirection()).andReturn();
		UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().replaceAll(".*/newsroom/([0-9a-f-]+).*", "$1"));
		MvcResult refused = mvc.perform(post("/staff/newsroom/" + id + "/submit").param("version", "1")
				.with(staff("nora", "EDITOR")).with(csrf()).header("Accept-Language", "fr"))
			.andExpect(status().isUnprocessableContent()).andReturn();
		assertThat(refused.getResponse().getContentAsString()).contains("Titre en français");
	}

	@Test
	void thePreviewRendersBothDirectionsAndDropsScripts() throws Exception {
		MvcResult preview = mvc.perform(post("/staff/newsroom/preview").with(staff("amina", "EDITOR")).with(csrf())
				.header("HX-Request", "true").param("type", "NEWS")
				.param("ar.title", "عنوان").param("ar.body", "<p>نص<script>alert(1)</script></p>")
				.param("fr.title", "Titre").param("fr.body", "<p>Texte</p>"))
			.andExpect(status().isOk()).andReturn();
		String html = preview.getResponse().getContentAsString();
		assertThat(html).contains("lang=\"ar\" dir=\"rtl\"", "lang=\"fr\" dir=\"ltr\"", "<p>نص</p>").doesNotContain("<script>alert");
		assertThat(html).doesNotContain("<html");
	}

	@Test
	void queueRevisionsAndMatchesPagesRender() throws Exception {
		UUID id = draft("amina");
		mvc.perform(get("/staff/newsroom").with(staff("amina", "EDITOR"))).andExpect(status().isOk());
		mvc.perform(get("/staff/newsroom/" + id).with(staff("amina", "EDITOR"))).andExpect(status().isOk());
		mvc.perform(get("/staff/newsroom/" + id + "/revisions").with(staff("amina", "EDITOR"))).andExpect(status().isOk());
		mvc.perform(get("/staff/newsroom/new?type=TRUTH_STATEMENT").with(staff("amina", "EDITOR"))).andExpect(status().isOk());
		mvc.perform(get("/staff/newsroom/matches").with(staff("hind", "TRIAGE_AGENT"))).andExpect(status().isOk());
		mvc.perform(get("/staff/newsroom").with(staff("hind", "TRIAGE_AGENT"))).andExpect(status().isForbidden());
	}

	/** A signed-in member with both factors (privileged roles need the second one on every staff address). */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor staff(String username, String... roles) {
		java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>();
		for (String role : roles) {
			authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role));
		}
		authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority.fromAuthority("FACTOR_PASSWORD"));
		authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority.fromAuthority("FACTOR_TOTP"));
		return user(username).authorities(authorities);
	}

	private UUID draft(String editor) throws Exception {
		MvcResult created = mvc.perform(form(post("/staff/newsroom"), "Texte initial", "0").with(staff(editor, "EDITOR")))
			.andExpect(status().is3xxRedirection()).andReturn();
		return UUID.fromString(created.getResponse().getRedirectedUrl().replaceAll(".*/newsroom/([0-9a-f-]+).*", "$1"));
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String frenchBody, String version) {
		long n = System.nanoTime();
		return request.with(csrf()).param("type", "PRESS_RELEASE").param("version", version)
			.param("ar.title", "بلاغ صحفي " + n).param("ar.body", "<p>نص البلاغ</p>")
			.param("fr.title", "Communiqué " + n).param("fr.body", "<p>" + frenchBody + "</p>");
	}
}
