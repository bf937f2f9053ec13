package org.tawasul.identity.internal;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
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
import org.tawasul.identity.StaffDirectory;
import org.tawasul.identity.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

@TawasulTest
class AccountAdministrationTest {

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

	@Autowired
	StaffDirectory directory;

	StaffFixtures staff;

	StaffFixtures.Member admin;

	StaffBrowser adminBrowser;

	@BeforeEach
	void signInAnAdministrator() {
		staff = new StaffFixtures(accounts, passwords, box, clock);
		admin = staff.member(Role.ADMINISTRATOR, true);
		adminBrowser = new StaffBrowser(port);
		adminBrowser.signIn(admin.username(), StaffFixtures.PASSWORD);
		assertThat(StaffBrowser.location(adminBrowser.secondFactor(admin.currentCode(clock)))).endsWith("/staff");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void administratorCreatesAnAccountWhoseTemporaryPasswordMustBeChanged() {
		String username = "new.agent." + System.nanoTime();
		HttpResponse<String> created = adminBrowser.submit("/staff/admin/accounts/new", "/staff/admin/accounts",
				Map.of("username", username, "displayName", "وكيل جديد", "email", "agent@example.org", "regionCode",
						"prefecture-casablanca", "roles", "TRIAGE_AGENT"));
		assertThat(created.statusCode()).isEqualTo(200);
		Matcher temporary = Pattern.compile("class=\"tracking-code\" dir=\"ltr\">([A-Za-z0-9]{16})<").matcher(created.body());
		assertThat(temporary.find()).isTrue();
		assertThat(audit.recent(admin.username(), "staff.account.create", "staff:" + username, 5)).hasSize(1);

		var newcomer = new StaffBrowser(port);
		newcomer.signIn(username, temporary.group(1));
		assertThat(StaffBrowser.location(newcomer.get("/staff"))).isEqualTo("/staff/account/password");
		HttpResponse<String> changed = newcomer.submit("/staff/account/password", "/staff/account/password",
				Map.of("current", temporary.group(1), "password", "أمن الرقمي للجميع 2026", "confirm",
						"أمن الرقمي للجميع 2026"));
		assertThat(StaffBrowser.location(changed)).isEqualTo("/staff/account?password-changed");
		assertThat(newcomer.get("/staff").statusCode()).isEqualTo(200);

		assertThat(directory.holding(Role.TRIAGE_AGENT, "prefecture-casablanca"))
			.extracting(StaffMember::username)
			.contains(username);
	}

	@Test
	void administratorDisablesAndEnablesAnAccount() {
		var member = staff.member(Role.EDITOR, false);
		adminBrowser.submit("/staff/admin/accounts/" + member.id(), "/staff/admin/accounts/" + member.id() + "/disable",
				Map.of());
		assertThat(StaffBrowser.location(new StaffBrowser(port).signIn(member.username(), StaffFixtures.PASSWORD)))
			.isEqualTo("/staff/login?error");
		assertThat(directory.find(member.username())).isEmpty();

		adminBrowser.submit("/staff/admin/accounts/" + member.id(), "/staff/admin/accounts/" + member.id() + "/enable",
				Map.of());
		assertThat(StaffBrowser.location(new StaffBrowser(port).signIn(member.username(), StaffFixtures.PASSWORD)))
			.isEqualTo("/staff");
		assertThat(audit.recent(admin.username(), "staff.account.", "staff:" + member.username(), 10))
			.extracting(e -> e.action())
			.contains("staff.account.disable", "staff.account.enable");
	}

	@Test
	void disablingOrChangingRolesEndsTheMembersOpenSession() {
		var disabled = staff.member(Role.EDITOR, false);
		var disabledBrowser = new StaffBrowser(port);
		disabledBrowser.signIn(disabled.username(), StaffFixtures.PASSWORD);
		assertThat(disabledBrowser.get("/staff").statusCode()).isEqualTo(200);
		var changed = staff.member(Role.ANALYST, false);
		var changedBrowser = new StaffBrowser(port);
		changedBrowser.signIn(changed.username(), StaffFixtures.PASSWORD);
		assertThat(changedBrowser.get("/staff").statusCode()).isEqualTo(200);

		adminBrowser.submit("/staff/admin/accounts/" + disabled.id(),
				"/staff/admin/accounts/" + disabled.id() + "/disable", Map.of());
		adminBrowser.submit("/staff/admin/accounts/" + changed.id(), "/staff/admin/accounts/" + changed.id(),
				Map.of("displayName", "Test " + changed.username(), "email", changed.username() + "@example.org",
						"roles", "VIEWER"));

		assertThat(StaffBrowser.location(disabledBrowser.get("/staff"))).isEqualTo("/staff/login");
		assertThat(StaffBrowser.location(changedBrowser.get("/staff"))).isEqualTo("/staff/login");
		assertThat(StaffBrowser.location(changedBrowser.get("/staff"))).isEqualTo("/staff/login");
	}

	@Test
	void administratorCannotDisableThemselfNorDropTheirOwnAdministratorRole() {
		adminBrowser.submit("/staff/admin/accounts/" + admin.id(), "/staff/admin/accounts/" + admin.id() + "/disable",
				Map.of());
		assertThat(accounts.find(admin.id()).orElseThrow().enabled()).isTrue();

		HttpResponse<String> update = adminBrowser.submit("/staff/admin/accounts/" + admin.id(),
				"/staff/admin/accounts/" + admin.id(), Map.of("displayName", "Me", "roles", "VIEWER"));
		assertThat(update.body()).contains("You cannot remove your own administrator role");
		assertThat(accounts.find(admin.id()).orElseThrow().roles()).contains(Role.ADMINISTRATOR);
	}

	@Test
	void administratorUnlocksAndResetsTheSecondFactor() {
		var member = staff.member(Role.SUPERVISOR, true);
		for (int i = 0; i < 5; i++) {
			new StaffBrowser(port).signIn(member.username(), "wrong password " + i);
		}
		adminBrowser.submit("/staff/admin/accounts/" + member.id(), "/staff/admin/accounts/" + member.id() + "/unlock",
				Map.of());
		adminBrowser.submit("/staff/admin/accounts/" + member.id(),
				"/staff/admin/accounts/" + member.id() + "/reset-mfa", Map.of());

		var browser = new StaffBrowser(port);
		assertThat(StaffBrowser.location(browser.signIn(member.username(), StaffFixtures.PASSWORD))).isEqualTo("/staff");
		assertThat(StaffBrowser.location(browser.get("/staff"))).isEqualTo("/staff/mfa/enrol");
	}

	@Test
	void administratorResetsAPassword() {
		var member = staff.member(Role.ANALYST, false);
		HttpResponse<String> reset = adminBrowser.submit("/staff/admin/accounts/" + member.id(),
				"/staff/admin/accounts/" + member.id() + "/reset-password", Map.of());
		Matcher temporary = Pattern.compile("class=\"tracking-code\" dir=\"ltr\">([A-Za-z0-9]{16})<").matcher(reset.body());
		assertThat(temporary.find()).isTrue();
		assertThat(StaffBrowser.location(new StaffBrowser(port).signIn(member.username(), StaffFixtures.PASSWORD)))
			.isEqualTo("/staff/login?error");
		var browser = new StaffBrowser(port);
		browser.signIn(member.username(), temporary.group(1));
		assertThat(StaffBrowser.location(browser.get("/staff"))).isEqualTo("/staff/account/password");
	}

	@Test
	void accountListIsShownToAdministratorsAndTheViewIsAudited() {
		HttpResponse<String> list = adminBrowser.get("/staff/admin/accounts");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(admin.username());
		assertThat(audit.recent(admin.username(), "staff.accounts.view", null, 5)).isNotEmpty();
	}

	@Test
	void directoryFindsRegionalSupervisorsAndNationalOnes() {
		var regional = staff.member(Set.of(Role.SUPERVISOR), false, "marrakech-safi");
		var national = staff.member(Set.of(Role.SUPERVISOR), false, null);
		var elsewhere = staff.member(Set.of(Role.SUPERVISOR), false, "oriental");
		assertThat(directory.holding(Role.SUPERVISOR, "prefecture-marrakech"))
			.extracting(StaffMember::username)
			.contains(regional.username(), national.username())
			.doesNotContain(elsewhere.username());
	}

	@Test
	void auditVerificationEndpointAnswersAdministrators() {
		HttpResponse<String> verify = adminBrowser.get("/api/v1/staff/audit/verify");
		assertThat(verify.statusCode()).isEqualTo(200);
		assertThat(verify.body()).contains("\"intact\":true");
		assertThat(new StaffBrowser(port).get("/api/v1/staff/audit/verify").statusCode()).isEqualTo(401);
	}

	@Test
	void auditPageListsFilteredEntriesAndTheVerification() {
		HttpResponse<String> page = adminBrowser.get("/staff/admin/audit?actor=" + admin.username());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("staff.sign-in.totp", "The trail is intact");
	}
}
