package org.tawasul.newsroom.browser;

import java.io.File;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minimal headless Chromium for the newsroom's browser test (Debian's chromium and chromedriver; never
 * downloaded). A missing browser fails the test with the packages to install.
 */
final class Browsers {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private Browsers() {
	}

	static WebDriver chromium() {
		assertThat(CHROMIUM.canExecute() && DRIVER.canExecute())
			.as("headless Chromium is required: apt-get install -y chromium chromium-driver")
			.isTrue();
		System.setProperty("webdriver.chrome.driver", DRIVER.getPath());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,900", "--lang=ar");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Signs a staff member in through the real form login (POST /staff/login with a CSRF token taken from a public
	 * form) and hands the session cookie to the browser.
	 */
	static void signIn(WebDriver driver, String base, String username, String password) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		String form = http.send(HttpRequest.newBuilder(URI.create(base + "/is-it-true")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).as("a CSRF token on the public form").isTrue();
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).as("signed in as " + username)
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		driver.get(base + "/favicon.svg");
		driver.manage().deleteAllCookies();
		for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
			driver.manage().addCookie(new Cookie(cookie.getName(), cookie.getValue(), "/"));
		}
	}
}
