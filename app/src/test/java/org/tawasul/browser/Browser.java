package org.tawasul.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Debian Chromium for page tests, sized like a cheap phone (360×640) unless asked otherwise. It never
 * downloads a browser or a driver: it uses {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} and fails
 * with the Debian package names when they are missing. Use it in try-with-resources.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Impacts that fail an accessibility scan. */
	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private final ChromeDriver driver;

	private final String baseUrl;

	private Browser(String baseUrl, int width, int height) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("Browser tests need Debian's Chromium and its driver at " + CHROMIUM
					+ " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver");
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		this.baseUrl = baseUrl;
	}

	/** A phone-sized (360×640) browser for the application at {@code http://localhost:port}. */
	public static Browser phone(int port) {
		return new Browser("http://localhost:" + port, 360, 640);
	}

	/** A desktop-sized (1280×900) browser, for staff pages. */
	public static Browser desktop(int port) {
		return new Browser("http://localhost:" + port, 1280, 900);
	}

	public ChromeDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public WebElement find(String css) {
		return new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/**
	 * Clicks {@code css}, a link or button that leads to another page, and waits until that page has replaced this
	 * one and loaded: what is looked up next is on the new page, never on the one being left.
	 */
	public Browser clickThrough(String css) {
		WebElement leaving = driver.findElement(By.tagName("html"));
		find(css).click();
		arrived(leaving);
		return this;
	}

	/** Submits the form holding {@code css} and waits until the page it leads to has loaded. */
	public Browser submitThrough(String css) {
		WebElement leaving = driver.findElement(By.tagName("html"));
		find(css).submit();
		arrived(leaving);
		return this;
	}

	private void arrived(WebElement leaving) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.stalenessOf(leaving));
		wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
	}

	/** What matches {@code css} on the page as it is now, without waiting (after a navigation, use clickThrough). */
	public List<WebElement> findAll(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/** Whether the page fits the window's width (no sideways scrolling on a phone). */
	public boolean fitsWidth() {
		Object fits = driver.executeScript(
				"return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(fits);
	}

	/** The axe-core rules that fail on the current page with a serious or critical impact, described for a reader. */
	public List<String> seriousAccessibilityViolations() {
		Results results = new AxeBuilder().analyze(driver);
		return results.getViolations().stream()
			.filter(rule -> BLOCKING.contains(rule.getImpact()))
			.map(Browser::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
	}

	@Override
	public void close() {
		driver.quit();
	}
}
