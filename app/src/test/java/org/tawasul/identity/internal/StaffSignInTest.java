package org.tawasul.identity.internal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tawasul.TawasulTest;
import org.tawasul.TestClock;
import org.tawasul.audit.AuditEntries;
import org.tawasul.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

@TawasulTest
class StaffSignInTest {

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

	@Autowired
	AuditEntries audit;

	StaffFixtures staff;

	@BeforeEach
	void fixtures() {
		staff = new StaffFixtures(accounts, passwords, box, clock);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void nonPrivilegedMemberReachesTheStaffHomeWithAPasswordOnly() {
		var member = staff.member(Role.TRIAGE_AGENT, false);
		var browser = new StaffBrowser(port);

		HttpResponse<String> signIn = browser.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(StaffBrowser.location(signIn)).isEqualTo("/staff");

		HttpResponse<String> home = browser.get("/staff");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Welcome, Test " + member.username(), "Triage agent");
		assertThat(audit.recent(member.username(), "staff.sign-in.password", null, 5)).hasSize(1);
	}

	@Test
	void staffPagesSendAnonymousVisitorsToTheLoginPage() {
		HttpResponse<String> home = new StaffBrowser(port).get("/staff");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(StaffBrowser.location(home)).isEqualTo("/staff/login");
	}

	@Test
	void loginPageIsArabicFirstWithALanguageSwitch() {
		HttpResponse<String> page = new StaffBrowser(port).get("/staff/login?lang=ar");
		assertThat(page.body()).contains("dir=\"rtl\"", "دخول الموظفين", "lang=fr");
	}

	@Test
	void privilegedMemberMustGiveTheTotpCodeBeforeReachingTheStaffHome() {
		var member = staff.member(Role.SUPERVISOR, true);
		var browser = new StaffBrowser(port);
		browser.signIn(member.username(), StaffFixtures.PASSWORD);

		HttpResponse<String> home = browser.get("/staff");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(StaffBrowser.location(home)).isEqualTo("/staff/login/totp");
		assertThat(browser.get("/staff/admin/accounts").statusCode()).isEqualTo(302);

		HttpResponse<String> verified = browser.secondFactor(member.currentCode(clock));
		assertThat(verified.statusCode()).isEqualTo(302);
		assertThat(StaffBrowser.location(verified)).as("back to the page asked for").startsWith("/staff/admin/accounts");
		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
		assertThat(audit.recent(member.username(), "staff.sign-in.totp", null, 5)).hasSize(1);
	}

	@Test
	void wrongTotpCodeKeepsTheMemberOnTheTotpPage() {
		var member = staff.member(Role.APPROVER, true);
		var browser = new StaffBrowser(port);
		browser.signIn(member.username(), StaffFixtures.PASSWORD);
		String wrong = member.currentCode(clock).equals("000000") ? "111111" : "000000";

		HttpResponse<String> refused = browser.secondFactor(wrong);
		assertThat(StaffBrowser.location(refused)).isEqualTo("/staff/login/totp?error");
		assertThat(browser.get("/staff").statusCode()).isEqualTo(302);
	}

	@Test
	void aTotpCodeWorksOnlyOnce() {
		var member = staff.member(Role.ADMINISTRATOR, true);
		String code = member.currentCode(clock);
		var first = new StaffBrowser(port);
		first.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(StaffBrowser.location(first.secondFactor(code))).endsWith("/staff");

		var second = new StaffBrowser(port);
		second.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(StaffBrowser.location(second.secondFactor(code))).isEqualTo("/staff/login/totp?error");
	}

	@Test
	void aRecoveryCodeStandsInForTheAuthenticatorOnce() {
		var member = staff.member(Role.SUPERVISOR, true);
		List<String> codes = RecoveryCodes.generate();
		staff.recoveryCodes(member, codes);

		var first = new StaffBrowser(port);
		first.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(StaffBrowser.location(first.secondFactor(codes.get(3).toUpperCase()))).endsWith("/staff");
		assertThat(first.get("/staff").statusCode()).isEqualTo(200);
		assertThat(audit.recent(member.username(), "staff.sign-in.recovery-code", null, 5))
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).containsEntry("remaining", "9"));

		var second = new StaffBrowser(port);
		second.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(StaffBrowser.location(second.secondFactor(codes.get(3)))).isEqualTo("/staff/login/totp?error");
	}

	@Test
	void privilegedMemberWithoutAuthenticatorEnrolsAndGetsTenRecoveryCodes() {
		var member = staff.member(Role.APPROVER, false);
		var browser = new StaffBrowser(port);
		browser.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(StaffBrowser.location(browser.get("/staff"))).isEqualTo("/staff/mfa/enrol");
		assertThat(StaffBrowser.location(browser.get("/staff/login/totp"))).isEqualTo("/staff/mfa/enrol");

		HttpResponse<String> enrolPage = browser.get("/staff/mfa/enrol");
		assertThat(enrolPage.body()).contains("data:image/svg+xml;base64,");
		Matcher secret = Pattern.compile("class=\"secret\" dir=\"ltr\">([A-Z2-7]+)<").matcher(enrolPage.body());
		assertThat(secret.find()).isTrue();
		String code = Totp.code(base32(secret.group(1)), Totp.step(clock.instant()));

		HttpResponse<String> enrolled = browser.submit("/staff/mfa/enrol", "/staff/mfa/enrol", Map.of("code", code));
		assertThat(enrolled.statusCode()).isEqualTo(200);
		assertThat(Pattern.compile("<code>[a-z2-9]{5}-[a-z2-9]{5}</code>").matcher(enrolled.body()).results().count())
			.isEqualTo(10);
		assertThat(browser.get("/staff").statusCode()).isEqualTo(200);
		assertThat(accounts.find(member.id()).orElseThrow().totpEnrolled()).isTrue();
		assertThat(accounts.unusedRecoveryCodes(member.id())).isEqualTo(10);
	}

	@Test
	void enrolledMemberCannotReplaceTheAuthenticatorWithAPasswordOnly() {
		var member = staff.member(Role.SUPERVISOR, true);
		var browser = new StaffBrowser(port);
		browser.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(StaffBrowser.location(browser.get("/staff/mfa/enrol"))).isEqualTo("/staff/login/totp");
	}

	@Test
	void fiveFailedPasswordsLockTheAccountForFifteenMinutes() {
		var member = staff.member(Role.ANALYST, false);
		var browser = new StaffBrowser(port);
		for (int i = 0; i < 5; i++) {
			assertThat(StaffBrowser.location(browser.signIn(member.username(), "wrong password " + i)))
				.isEqualTo("/staff/login?error");
		}
		assertThat(audit.recent("system", "staff.lock", "staff:" + member.username(), 5)).hasSize(1);

		// the right password is refused while locked, with the very same answer as a wrong one
		assertThat(StaffBrowser.location(browser.signIn(member.username(), StaffFixtures.PASSWORD)))
			.isEqualTo("/staff/login?error");
		assertThat(StaffBrowser.location(browser.signIn("nobody-" + member.username(), StaffFixtures.PASSWORD)))
			.isEqualTo("/staff/login?error");

		clock.advance(Duration.ofMinutes(14));
		assertThat(StaffBrowser.location(browser.signIn(member.username(), StaffFixtures.PASSWORD)))
			.isEqualTo("/staff/login?error");
		clock.advance(Duration.ofMinutes(2));
		assertThat(StaffBrowser.location(browser.signIn(member.username(), StaffFixtures.PASSWORD)))
			.isEqualTo("/staff");
	}

	@Test
	void fourFailuresThenASuccessStartTheCountAgain() {
		var member = staff.member(Role.EDITOR, false);
		var browser = new StaffBrowser(port);
		for (int i = 0; i < 4; i++) {
			browser.signIn(member.username(), "wrong password " + i);
		}
		assertThat(StaffBrowser.location(browser.signIn(member.username(), StaffFixtures.PASSWORD))).isEqualTo("/staff");
		assertThat(accounts.find(member.id()).orElseThrow().failedAttempts()).isZero();
	}

	@Test
	void administratorPagesRefuseOtherRoles() {
		var member = staff.member(Role.VIEWER, false);
		var browser = new StaffBrowser(port);
		browser.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(browser.get("/staff/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(browser.get("/staff/admin/audit").statusCode()).isEqualTo(403);
		assertThat(browser.get("/api/v1/staff/audit/verify").statusCode()).isEqualTo(403);
	}

	@Test
	void staffHomeListsOnlyTheWorkspacesTheRolesOpen() {
		var viewer = staff.member(Role.VIEWER, false);
		var browser = new StaffBrowser(port);
		browser.signIn(viewer.username(), StaffFixtures.PASSWORD);
		assertThat(browser.get("/staff").body()).doesNotContain("/staff/admin/accounts");

		var admin = staff.member(Role.ADMINISTRATOR, true);
		var adminBrowser = new StaffBrowser(port);
		adminBrowser.signIn(admin.username(), StaffFixtures.PASSWORD);
		adminBrowser.secondFactor(admin.currentCode(clock));
		assertThat(adminBrowser.get("/staff").body()).contains("/staff/admin/accounts", "/staff/admin/audit");
	}

	@Test
	void memberSeesRecoveryCodesLeftAndCreatesNewOnesThatReplaceTheOld() {
		var member = staff.member(Role.APPROVER, true);
		List<String> old = RecoveryCodes.generate();
		staff.recoveryCodes(member, old);
		var browser = new StaffBrowser(port);
		browser.signIn(member.username(), StaffFixtures.PASSWORD);
		browser.secondFactor(member.currentCode(clock));
		assertThat(browser.get("/staff/account").body()).contains("On (10 recovery codes left)");

		HttpResponse<String> fresh = browser.submit("/staff/account", "/staff/account/recovery-codes", Map.of());
		assertThat(Pattern.compile("<code>[a-z2-9]{5}-[a-z2-9]{5}</code>").matcher(fresh.body()).results().count())
			.isEqualTo(10);
		var other = new StaffBrowser(port);
		other.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(StaffBrowser.location(other.secondFactor(old.get(0)))).isEqualTo("/staff/login/totp?error");
	}

	@Test
	void memberChangesTheirPasswordOnlyWithTheCurrentOneAndWithinThePolicy() {
		var member = staff.member(Role.VIEWER, false);
		var browser = new StaffBrowser(port);
		browser.signIn(member.username(), StaffFixtures.PASSWORD);
		assertThat(browser.submit("/staff/account/password", "/staff/account/password", Map.of("current",
				"not the password", "password", "a brand new passphrase", "confirm", "a brand new passphrase"))
			.body()).contains("The current password is wrong");
		assertThat(browser.submit("/staff/account/password", "/staff/account/password", Map.of("current",
				StaffFixtures.PASSWORD, "password", "short", "confirm", "short")).body()).contains("too short");
		assertThat(StaffBrowser.location(browser.submit("/staff/account/password", "/staff/account/password",
				Map.of("current", StaffFixtures.PASSWORD, "password", "a brand new passphrase", "confirm",
						"a brand new passphrase"))))
			.isEqualTo("/staff/account?password-changed");
		assertThat(StaffBrowser.location(new StaffBrowser(port).signIn(member.username(), "a brand new passphrase")))
			.isEqualTo("/staff");
		assertThat(audit.recent(member.username(), "staff.password.change", null, 5)).isNotEmpty();
	}

	@Test
	void signOutEndsTheSession() {
		var member = staff.member(Role.VIEWER, false);
		var browser = new StaffBrowser(port);
		browser.signIn(member.username(), StaffFixtures.PASSWORD);
		HttpResponse<String> out = browser.submit("/staff", "/staff/logout", Map.of());
		assertThat(StaffBrowser.location(out)).isEqualTo("/staff/login?signed-out");
		assertThat(browser.get("/staff").statusCode()).isEqualTo(302);
	}

	static byte[] base32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
