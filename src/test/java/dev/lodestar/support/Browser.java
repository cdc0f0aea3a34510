package dev.lodestar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages ({@code apt-get install chromium chromium-driver}), driven by
 * Selenium. The paths are given so Selenium Manager never reaches for the network.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private final WebDriver driver;

	private final String base;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	public static Browser open(int port) {
		try {
			var options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--window-size=1280,1400", "--user-data-dir=" + Files.createTempDirectory("lodestar-chromium"));
			var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
			return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public WebDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(base + path);
	}

	public void signIn(String email, String password) {
		go("/sign-in");
		driver.manage().deleteAllCookies();
		go("/sign-in");
		find(By.id("email")).sendKeys(email);
		find(By.id("password")).sendKeys(password);
		find(By.cssSelector("form.stacked button[type=submit]")).click();
		// the sign-in page's own heading must not be the one found: Chrome may drop it mid-check as the next page loads
		waitUntil(driver -> !driver.getCurrentUrl().contains("/sign-in"));
		waitFor(By.cssSelector("main h1"));
	}

	public WebElement find(By by) {
		return waitFor(by);
	}

	public WebElement waitFor(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Waits for a condition; a page being replaced under the check (navigation, an htmx swap) just means "not yet". */
	public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class)
			.until(condition::apply);
	}

	/** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}
