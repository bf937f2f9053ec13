package org.tawasul.identity.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tawasul.TawasulTest;
import org.tawasul.TestClock;
import org.tawasul.browser.Browser;
import org.tawasul.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an approver does on the first day, in Arabic on a phone: signs in with the password, is sent to enrolment,
 * reads the key under the QR code into an authenticator, confirms a code, keeps the recovery codes and reaches the
 * staff home. Every page is scanned with axe-core.
 */
@TawasulTest
class StaffSignInInBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	SecretBox box;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anApproverEnrolsAnAuthenticatorAtFirstSignInAndReachesTheStaffHome() {
		var approver = new StaffFixtures(accounts, passwords, box, clock).member(Role.APPROVER, false);
		try (Browser browser = Browser.phone(port)) {
			browser.open("/staff/login?lang=ar");
			assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
			assertThat(browser.fitsWidth()).as("the login page fits a 360 px phone").isTrue();
			assertThat(browser.seriousAccessibilityViolations()).as("axe on /staff/login").isEmpty();
			browser.find("#username").sendKeys(approver.username());
			browser.find("#password").sendKeys(StaffFixtures.PASSWORD);
			browser.clickThrough("form.stack button[type=submit]");

			assertThat(browser.find("h1").getText()).isEqualTo("تفعيل التحقق بخطوتين");
			assertThat(browser.path()).isEqualTo("/staff/mfa/enrol");
			assertThat(browser.find("img.qr").getAttribute("src")).startsWith("data:image/svg+xml;base64,");
			assertThat(browser.fitsWidth()).isTrue();
			assertThat(browser.seriousAccessibilityViolations()).as("axe on enrolment").isEmpty();
			Matcher key = Pattern.compile("[A-Z2-7]{32}").matcher(browser.find("code.secret").getText());
			assertThat(key.find()).isTrue();
			browser.find("#code").sendKeys(Totp.code(StaffSignInTest.base32(key.group()), Totp.step(clock.instant())));
			browser.clickThrough("form.stack button[type=submit]");

			assertThat(browser.findAll("ul.recovery-codes li")).hasSize(10);
			assertThat(browser.seriousAccessibilityViolations()).as("axe on recovery codes").isEmpty();
			browser.clickThrough("main a.button");

			assertThat(browser.path()).isEqualTo("/staff");
			assertThat(browser.find("h1").getText()).contains(approver.username());
			assertThat(browser.seriousAccessibilityViolations()).as("axe on /staff").isEmpty();
		}
	}
}
