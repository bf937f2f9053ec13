package org.tawasul.newsroom.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What people do, in a real headless Chromium: an editor drafts a truth statement in Arabic and French, a second
 * staff member approves and publishes it, it appears on the public site and in the feed, and a citizen's pasted
 * rumour on "Is it true?" finds it. The public pages pass an axe-core scan with no serious or critical violation.
 */
@TawasulTest
class NewsroomBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.tawasul.newsroom.editorial.EditorialDesk desk;

	@Autowired
	org.tawasul.newsroom.editorial.Publications publications;

	WebDriver driver;

	String base;

	@BeforeEach
	void start() {
		base = "http://localhost:" + port;
		driver = Browsers.chromium();
	}

	@AfterEach
	void stop() {
		driver.quit();
	}

	@Test
	void anEditorDraftsASecondPersonApprovesAndACitizenFindsTheStatement() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String editor = staff("editor-" + suffix, "EDITOR");
		String approver = staff("approver-" + suffix, "APPROVER");
		String place = "درب " + suffix;
		String titleAr = "بيان حقيقة حول إشاعة تسميم مياه الشرب في " + place;
		String titleFr = "Mise au point sur la rumeur d’eau potable empoisonnée à Derb " + suffix;

		Browsers.signIn(driver, base, editor, "secret-" + suffix, false);
		driver.get(base + "/staff/newsroom/new?type=TRUTH_STATEMENT");
		type("ar-title", titleAr);
		type("ar-body", "<p>تنفي المديرية العامة للأمن الوطني هذه الادعاءات.</p>");
		type("ar-claim", "رسالة تزعم أن مياه الشرب في " + place + " تم تسميمها وأن السكان يجب ألا يشربوا من الصنبور");
		type("ar-evidence", "التحاليل المنجزة أكدت سلامة المياه ولم يسجل أي حادث.");
		type("fr-title", titleFr);
		type("fr-body", "<p>La DGSN dément ces allégations.</p>");
		type("fr-claim", "Un message prétend que l’eau potable de Derb " + suffix + " a été empoisonnée");
		type("fr-evidence", "Les analyses confirment que l’eau est saine ; aucun incident n’a été enregistré.");
		new Select(driver.findElement(By.id("verdict"))).selectByValue("FALSE");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
				assertThat(driver.findElement(By.id("preview")).getText()).contains(titleFr));
		assertThat(driver.findElement(By.cssSelector("#preview [lang=ar]")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(driver.findElement(By.cssSelector("#preview [lang=fr]")).getAttribute("dir")).isEqualTo("ltr");
		clickAndWait("save", "saved");
		clickAndWait("submit", "done=submit");
		assertThat(driver.findElements(By.id("submit"))).isEmpty();
		String editorPage = driver.getCurrentUrl().replaceAll("\\?.*", "");

		Browsers.signIn(driver, base, approver, "secret-" + suffix, true);
		driver.get(editorPage);
		clickAndWait("approve", "done=approve");
		clickAndWait("publish", "done=publish");
		assertThat(driver.findElements(By.id("form-error"))).as("no refusal on publish").isEmpty();
		String publicPage = driver.findElement(By.id("public-page")).getAttribute("href");

		driver.manage().deleteAllCookies();
		driver.get(publicPage);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(titleAr);
		driver.get(base + "/ar/truth-statements");
		assertThat(driver.getPageSource()).contains(titleAr);
		driver.get(base + "/fr/feeds/truth-statements.rss");
		assertThat(driver.getPageSource()).contains(titleFr);

		driver.get(base + "/is-it-true");
		// the statement reaches the claim index right after publication; until then the page answers "not found"
		await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
			driver.get(base + "/is-it-true");
			type("text", "عاجل!! مياه الشرب في " + place + " تم تسميمها، لا تشربوا من الصنبور وشاركوا الرسالة");
			driver.findElement(By.cssSelector("main form button[type=submit]")).click();
			assertThat(driver.findElement(By.cssSelector(".check-result")).getText()).contains(titleAr);
		});
	}

	@Test
	void publicPagesHaveNoSeriousOrCriticalAccessibilityViolations() throws Exception {
		String rumour = "شاحنة بيضاء تختطف الأطفال";
		for (String path : List.of("/", "/ar", "/fr", "/ar/truth-statements", "/fr/news", "/is-it-true",
				"/is-it-true?text=" + java.net.URLEncoder.encode(rumour, java.nio.charset.StandardCharsets.UTF_8),
				"/ar/search?q=" + java.net.URLEncoder.encode(rumour, java.nio.charset.StandardCharsets.UTF_8),
				firstPublicationPath())) {
			driver.get(base + path);
			Results results = new AxeBuilder().analyze(driver);
			List<String> serious = results.getViolations().stream()
				.filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
				.map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getNodes().size() + " nodes")
				.toList();
			assertThat(serious).as("axe on " + path).isEmpty();
		}
	}

	private String firstPublicationPath() {
		var id = org.tawasul.newsroom.editorial.PublishedStatements.publishTruthStatement(desk, "axe " + System.nanoTime(),
				List.of());
		var t = publications.get(id).content().translations().get("ar");
		return org.tawasul.newsroom.site.SitePaths.publication("ar", t.slug());
	}

	private void clickAndWait(String id, String urlPart) {
		driver.findElement(By.id(id)).click();
		await().atMost(Duration.ofSeconds(10)).until(() -> driver.getCurrentUrl().contains(urlPart));
	}

	private void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private String staff(String username, String role) {
		jdbc.sql("""
				insert into identity.staff_member (id, username, display_name, password_hash, roles, created_at)
				values (?, ?, ?, ?, ?::text[], ?)""")
			.params(UUID.randomUUID(), username, username, "{noop}secret-" + username.substring(username.indexOf('-') + 1),
					new String[] { role }, java.sql.Timestamp.from(Instant.now()))
			.update();
		return username;
	}
}
