package org.openaiboot.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sample's page in a real browser, on the offline demo: a headless Chromium (the
 * machine's own, never a downloaded one) asks two chained questions and reads the
 * streamed answers and the last call's figures, asks for a 429 and reads the request id
 * of the error, gets a forecast through the tool call and reads its table, and leaves a
 * screenshot in the build directory. Skipped where Chromium or its driver is missing.
 * <p>
 * The port is chosen before the context starts, rather than {@code RANDOM_PORT}: the
 * demo's base URL names the app's own port, which must be known when the clients are
 * configured.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@Timeout(120)
class PageInBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final int PORT = freePort();

	private static final Duration WAIT = Duration.ofSeconds(20);

	private Path profile;

	private ChromeDriver browser;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@BeforeAll
	static void browserInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Skipped: the page test needs " + CHROMIUM + " and " + CHROMEDRIVER
						+ " (Debian: apt-get install chromium chromium-driver)");
	}

	@BeforeEach
	void openBrowser() throws IOException {
		this.profile = Files.createTempDirectory("sample-page-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + this.profile);
		// a driver given explicitly: Selenium Manager is skipped, nothing is downloaded
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().window().setSize(new Dimension(1280, 1400));
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		FileSystemUtils.deleteRecursively(this.profile);
	}

	@Test
	void aPersonChatsSeesAFailureAndGetsAForecast() throws IOException {
		this.browser.get("http://localhost:" + PORT + "/");
		WebDriverWait wait = new WebDriverWait(this.browser, WAIT);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mode"), "Offline demo"));

		String first = ask(wait, "Hello page");
		assertThat(first).isEqualTo(DemoOpenAIController.answer("Hello page"));
		wait.until(ExpectedConditions.textToBe(By.id("metric-calls"), "1"));
		assertThat(text("metric-model")).isEqualTo("gpt-4o-mini");
		assertThat(text("metric-input-tokens")).isEqualTo("2");
		assertThat(text("metric-output-tokens")).isEqualTo(String.valueOf(DemoOpenAIController.words(first)));
		assertThat(text("metric-calls")).isEqualTo("1");
		assertThat(text("metric-first-chunk")).endsWith(" ms");
		assertThat(text("metric-total-time")).endsWith(" ms");

		String second = ask(wait, "Do you remember?");
		assertThat(second).isEqualTo(
				DemoOpenAIController.answer("Do you remember?") + " Before that you said \"Hello page\".");

		ask(this.browser.findElement(By.id("question")), "Answer " + DemoError.RATE_LIMIT_WORD + " please");
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chat-error")));
		assertThat(error.getText()).startsWith("Error 429: Rate limit reached");
		assertThat(error.findElement(By.className("request-id")).getText()).matches("req_demo_\\d+");
		wait.until(ExpectedConditions.textToBe(By.id("metric-outcome"), "CLIENT_ERROR"));
		assertThat(text("metric-retries")).isEqualTo("2");

		WebElement city = this.browser.findElement(By.id("city"));
		city.clear();
		city.sendKeys("Lyon");
		this.browser.findElement(By.id("forecast")).click();
		WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forecast-table")));
		assertThat(table.findElement(By.tagName("caption")).getText()).contains("Forecast for Lyon", "2 responses");
		List<List<String>> rows = table.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map((row) -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
			.toList();
		List<List<String>> expected = new LocalWeather().forecast(new LocalWeather.WeatherQuery("Lyon"))
			.days()
			.stream()
			.map((day) -> List.of(day.day(), day.sky(), String.valueOf(day.lowCelsius()),
					String.valueOf(day.highCelsius())))
			.toList();
		assertThat(rows).isEqualTo(expected);
		wait.until(ExpectedConditions.textToBe(By.id("metric-calls"), "2"));
		assertThat(text("metric-outcome")).isEqualTo("SUCCESS");
		assertThat(text("metric-first-chunk")).isEqualTo("no chunk streamed");

		saveScreenshot();
	}

	/** Ask a question and wait for its whole answer. */
	private String ask(WebDriverWait wait, String question) {
		int turns = this.browser.findElements(By.cssSelector("#turns li")).size();
		ask(this.browser.findElement(By.id("question")), question);
		By answer = By.cssSelector("#turns li:nth-child(" + (turns + 1) + ") .answer");
		wait.until(ExpectedConditions.presenceOfElementLocated(answer));
		wait.until(ExpectedConditions.attributeToBe(By.id("turns"), "aria-busy", "false"));
		return this.browser.findElement(answer).getText();
	}

	private void ask(WebElement field, String question) {
		field.sendKeys(question);
		this.browser.findElement(By.id("ask")).click();
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void saveScreenshot() throws IOException {
		Path buildDirectory = Path.of(System.getProperty("project.build.directory", "target"));
		Path screenshot = this.browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(buildDirectory);
		Files.copy(screenshot, buildDirectory.resolve("sample-page.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
