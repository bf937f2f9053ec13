package org.tawasul.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tawasul.TawasulTest;
import org.tawasul.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen does on a phone, in Arabic, without an account: file a report, keep the code, follow it; then what a
 * triage agent does with it. Every public page is scanned with axe-core.
 */
@TawasulTest
class CitizenReportsInBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aCitizenFilesAReportInArabicOnAPhoneAndATriageAgentEscalatesIt() {
		String marker = "علامة" + UUID.randomUUID().toString().substring(0, 8);
		String code;
		try (Browser browser = Browser.phone(port)) {
			browser.open("/?lang=ar");
			assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(browser.seriousAccessibilityViolations()).as("axe on /").isEmpty();

			browser.open("/report");
			assertThat(browser.fitsWidth()).as("the form fits a 360 px phone").isTrue();
			assertThat(browser.seriousAccessibilityViolations()).as("axe on /report").isEmpty();
			browser.find("#description").click();
			browser.find("#postText").click();
			assertThat(browser.find("#description-live").getText()).as("inline validation with JavaScript").isNotBlank();
			new Select(browser.find("#category")).selectByValue("RUMOUR");
			browser.find("#description").sendKeys("فيديو قديم يُنشر على أنه حادث اليوم في الدار البيضاء " + marker);
			browser.find("#links").sendKeys("https://www.facebook.com/watch/?v=123");
			new Select(browser.find("#platform")).selectByValue("FACEBOOK");
			browser.clickThrough("form.stack button[type=submit]");

			code = browser.find(".tracking-code").getText();
			assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-[0-9A-Z]{2}");
			assertThat(browser.find("h1").getText()).isEqualTo("تم التوصل ببلاغكم");
			assertThat(browser.fitsWidth()).isTrue();
			assertThat(browser.seriousAccessibilityViolations()).as("axe on the confirmation").isEmpty();

			browser.clickThrough("main a.button");
			assertThat(browser.find("#report-status").getText()).isEqualTo("تم التوصل به");
			assertThat(browser.path()).isEqualTo("/track/" + code);
			assertThat(browser.seriousAccessibilityViolations()).as("axe on /track/{code}").isEmpty();

			browser.open("/track");
			browser.find("#code").sendKeys(code.toLowerCase().replace("-", " "));
			browser.clickThrough("form.stack button[type=submit]");
			assertThat(browser.find("#report-status").getText()).isEqualTo("تم التوصل به");
			assertThat(browser.seriousAccessibilityViolations()).as("axe on /track").isEmpty();
		}

		String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		createTriageAgent(username, "correct horse battery staple");
		try (Browser browser = Browser.phone(port)) {
			signIn(browser, username, "correct horse battery staple");
			browser.open("/staff/reports?lang=ar&q=" + marker);
			browser.clickThrough("#inbox-list a");
			assertThat(browser.find("#report-description").getText()).contains(marker);
			browser.clickThrough("#escalate");
			assertThat(browser.find("#report-status").getText()).isEqualTo("أُحيل على مصالح اليقظة المعلوماتية");

			browser.open("/track/" + code);
			assertThat(browser.find("#report-status").getText()).isEqualTo("أُحيل على مصالح اليقظة المعلوماتية");
		}
	}

	/** A triage agent as the identity module stores one (a password-only role: no second factor). */
	private void createTriageAgent(String username, String password) {
		jdbc.sql("""
				insert into identity.staff_member (id, username, display_name, password_hash, roles, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), username, "وكيل الفرز", passwords.encode(password),
					new String[] { "TRIAGE_AGENT" }, Timestamp.from(Instant.now()))
			.update();
	}

	/** Signs in through the staff login form, as a person would. */
	private static void signIn(Browser browser, String username, String password) {
		browser.open("/staff/login");
		browser.find("input[name=username]").sendKeys(username);
		browser.find("input[name=password]").sendKeys(password);
		browser.submitThrough("input[name=password]");
		assertThat(browser.path()).as("signed in").startsWith("/staff");
		assertThat(browser.path()).doesNotStartWith("/staff/login");
	}
}
