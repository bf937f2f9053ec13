package org.tawasul.vigilance.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tawasul.TawasulTest;
import org.tawasul.TestClock;
import org.tawasul.browser.Browser;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.vigilance.VigilanceTestServers;
import org.tawasul.vigilance.monitoring.IncomingItem;
import org.tawasul.vigilance.monitoring.Intake;
import org.tawasul.vigilance.monitoring.ItemSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night shift in a real headless Chromium: an alert appears in the analyst's open queue without a reload, the
 * analyst takes it, opens a case, captures a local page as evidence and moves the case through its stages; when the
 * clock passes five hours the supervisor's queue shows the breach warning.
 */
@TawasulTest
class VigilanceBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Intake intake;

	@Autowired
	TestClock clock;

	@Autowired
	VigilanceTestServers.Servers servers;

	Browser shared;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		shared = Browser.desktop(port);
		browser = shared.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void stopBrowser() {
		clock.reset();
		if (shared != null) {
			shared.close();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void signIn(String username, String roles) {
		browser.manage().deleteAllCookies();
		browser.get(url("/test-sign-in?username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&roles="
				+ roles));
		browser.get(url("/staff/vigilance?lang=ar"));
	}

	@Test
	void anAlertReachesTheOpenQueueLiveAndTheCaseGoesFromEvidenceToBreachWarning() {
		String analyst = "amina-" + UUID.randomUUID().toString().substring(0, 6);
		signIn(analyst, "ANALYST");
		wait.until(ExpectedConditions.urlContains("/staff/vigilance"));
		((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");

		String marker = UUID.randomUUID().toString().substring(0, 8);
		String text = "فيديو يوثق اعتداء بسيف على سائق طاكسي " + marker;
		intake.ingest(List.of(new IncomingItem(ItemSource.COLLECTOR, "browser-test", marker,
				"https://social.example/v/" + marker, text, "ar", "prefecture-fes", ReportCategory.VIOLENT_CONTENT,
				null, null, clock.instant())));

		WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//li[contains(@class,'alert-card')][.//p[contains(., '" + marker + "')]]")));
		assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;"))
			.as("the alert arrived without a page reload").isEqualTo(true);

		card.findElement(By.cssSelector("button.take")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//li[contains(@class,'alert-card')][.//p[contains(., '" + marker + "')]]//button[contains(@class,'open-case')]")))
			.click();
		wait.until(ExpectedConditions.urlContains("/staff/vigilance/cases/"));
		String casePath = browser.getCurrentUrl().substring(url("").length());
		assertThat(browser.findElement(By.id("case-clock")).getAttribute("class")).isEqualTo("sla-ok");

		String page = "/posts/" + marker + ".html";
		servers.page(page, "text/html; charset=utf-8", "<html><body><p>اعتداء " + marker + "</p></body></html>", null);
		browser.findElement(By.id("capture-url")).sendKeys(servers.url(page));
		browser.findElement(By.id("capture")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"), ".warc"));
		assertThat(browser.findElement(By.id("evidence")).getText()).containsPattern("[0-9a-f]{64}");

		browser.findElement(By.id("note-expertise")).sendKeys("المقطع أصلي وحديث");
		// each stage form posts and the case page loads again: wait for the old page to go before using the new one
		submitAndWaitForNextPage(browser.findElement(By.id("to-EXPERTISE")));
		submitAndWaitForNextPage(wait.until(ExpectedConditions.elementToBeClickable(By.id("to-INTERVENTION"))));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("reference"))).sendKeys("PR-FES-2026/311");
		browser.findElement(By.id("to-JUDICIAL")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-history"), "البحث القضائي"));
		assertThat(browser.findElement(By.id("case-history")).getText()).contains("الخبرة التقنية", "التدخل الأمني",
				"المقطع أصلي وحديث");

		signIn("youssef-" + marker, "SUPERVISOR");
		wait.until(ExpectedConditions.urlContains("/staff/vigilance"));
		assertThat(browser.findElements(By.xpath("//*[@id='breaches']//a[contains(., '" + marker + "')]"))).isEmpty();

		clock.advance(Duration.ofHours(5).plusMinutes(1));
		browser.get(url("/staff/vigilance"));
		WebElement warning = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("breaches")));
		assertThat(warning.getText()).contains(marker);
		browser.get(url(casePath));
		assertThat(browser.findElement(By.id("case-clock")).getAttribute("class")).isEqualTo("sla-breach");
	}

	private void submitAndWaitForNextPage(org.openqa.selenium.WebElement button) {
		button.click();
		wait.until(ExpectedConditions.stalenessOf(button));
	}
}
