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
	 * Signs a staff member in through the real form login (POST /staff/login with the CSRF token of the sign-in
	 * page) and hands the session cookie to the browser.
	 */
	static void signIn(WebDriver driver, String base, String username, String password, boolean secondFactor)
			throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		String form = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).as("a CSRF token on the sign-in form").isTrue();
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).as("signed in as " + username)
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		if (secondFactor) {
			// a privileged member enrols an authenticator at first sign-in: read the secret, answer with its code
			String enrol = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/mfa/enrol")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher secret = Pattern.compile("class=\"secret\"[^>]*>([^<]+)<").matcher(enrol);
			Matcher enrolToken = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(enrol);
			assertThat(secret.find() && enrolToken.find()).as("the authenticator enrolment page").isTrue();
			String code = totp(base32(secret.group(1)), java.time.Instant.now().getEpochSecond() / 30);
			HttpResponse<String> enrolled = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/mfa/enrol"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&_csrf="
						+ URLEncoder.encode(enrolToken.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(enrolled.statusCode()).as("second factor accepted").isEqualTo(200);
		}
		driver.get(base + "/favicon.svg");
		driver.manage().deleteAllCookies();
		for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
			driver.manage().addCookie(new Cookie(cookie.getName(), cookie.getValue(), "/"));
		}
	}

	/** RFC 6238 code (HMAC-SHA1, 30 s, 6 digits), as an authenticator app computes it. */
	private static String totp(byte[] secret, long step) throws Exception {
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
		mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA1"));
		byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
		int offset = h[h.length - 1] & 0x0f;
		int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8)
				| (h[offset + 3] & 0xff);
		return String.format("%06d", binary % 1_000_000);
	}

	private static byte[] base32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
			int value = alphabet.indexOf(c);
			if (value < 0) {
				continue;
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}
}
