package org.tawasul.identity.internal;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulTest;
import org.tawasul.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other tests create administrators, so the "nobody is administrator yet" state is built inside a transaction that
 * is rolled back; the web flow uses a token issued directly (what the start-up listener does when no
 * administrator exists).
 */
@TawasulTest
class FirstAdministratorSetupTest {

	@LocalServerPort
	int port;

	@Autowired
	FirstAdministratorSetup setup;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void setupLinkCreatesTheFirstAdministratorOnceThenAnswers404() {
		String token = setup.issue();
		String path = "/staff/setup/" + token;
		var browser = new StaffBrowser(port);
		assertThat(browser.get(path).statusCode()).isEqualTo(200);

		String username = "first.admin." + System.nanoTime();
		HttpResponse<String> mismatch = browser.submit(path, path, Map.of("username", username, "displayName",
				"المسؤول الأول", "password", "une phrase assez longue", "confirm", "une autre phrase longue"));
		assertThat(mismatch.body()).contains("The two passwords differ");
		HttpResponse<String> weak = browser.submit(path, path, Map.of("username", username, "displayName",
				"المسؤول الأول", "password", "password1234", "confirm", "password1234"));
		assertThat(weak.body()).contains("too common");

		HttpResponse<String> created = browser.submit(path, path, Map.of("username", username, "displayName",
				"المسؤول الأول", "password", "une phrase assez longue", "confirm", "une phrase assez longue"));
		assertThat(StaffBrowser.location(created)).isEqualTo("/staff/login?setup-done");
		assertThat(accounts.find(username).orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);

		assertThat(browser.get(path).statusCode()).isEqualTo(404);
		assertThat(new StaffBrowser(port).post(path, Map.of("username", "second.admin", "displayName", "x", "password",
				"une phrase assez longue", "confirm", "une phrase assez longue")).statusCode()).isIn(403, 404);

		var admin = new StaffBrowser(port);
		admin.signIn(username, "une phrase assez longue");
		assertThat(StaffBrowser.location(admin.get("/staff"))).isEqualTo("/staff/mfa/enrol");
	}

	@Test
	void unknownSetupLinkAnswers404() {
		assertThat(new StaffBrowser(port).get("/staff/setup/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void aLinkIsIssuedOnlyWhileNoAdministratorExists() {
		if (!accounts.anyAdministrator()) {
			setup.complete(setup.issue(), "admin.for.test." + System.nanoTime(), "Admin", "une phrase assez longue");
		}
		assertThat(setup.issueIfNoAdministrator()).isEmpty();

		transactions.executeWithoutResult(status -> {
			jdbc.sql("update identity.staff_member set roles = array_remove(roles, 'ADMINISTRATOR')").update();
			String token = setup.issueIfNoAdministrator().orElseThrow();
			assertThat(setup.valid(token)).isTrue();
			status.setRollbackOnly();
		});
		assertThat(accounts.anyAdministrator()).isTrue();
	}

	@Test
	void aNewLinkWithdrawsTheOlderOne() {
		String older = setup.issue();
		String newer = setup.issue();
		assertThat(setup.valid(older)).isFalse();
		assertThat(setup.valid(newer)).isTrue();
	}
}
