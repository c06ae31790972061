package com.clientcare.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Headless Chromium driven by Selenium, signed in as one local user through HTTP Basic (credentials in the first
 * address; the browser keeps them for the origin). The browser and its driver are Debian's packages {@code chromium}
 * and {@code chromium-driver}; where they are missing the browser tests are skipped, saying how to install them,
 * except under {@code CI=true}, where a missing browser fails the run.
 */
final class Browser implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final WebDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(WebDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /** Skips the calling test where no browser is installed, fails it where CI demands one. */
    static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String message = "browser tests need Chromium and its driver at " + BROWSER + " and " + DRIVER
                + ": install them with `apt-get install -y chromium chromium-driver` (Debian)";
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + " (CI=true: a missing browser fails the run)");
        }
        Assumptions.assumeTrue(installed, message);
    }

    /** A fresh browser (its own profile, so nothing is remembered from another user) signed in as {@code user}. */
    static Browser signedInAs(String user, String baseUrl) {
        try {
            Path profile = Files.createTempDirectory("console-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            URI base = URI.create(baseUrl);
            String withCredentials = base.getScheme() + "://" + user + ":" + user + "-local@" + base.getAuthority();
            driver.get(withCredentials + "/console/assets/console.css");
            driver.get(withCredentials + "/console");
            return new Browser(driver, profile, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    String title() {
        return driver.getTitle();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The form field inside the label that reads {@code label}, found as a person finds it. */
    WebElement labelled(String label) {
        return driver.findElement(By.xpath("//label[normalize-space(text())='" + label + "']//*[@name]"));
    }

    /**
     * Types into a field and waits, up to a deadline, for the page it leads to (Enter submits a form, and the
     * driver does not wait for a navigation that keys start).
     */
    void typeAndFollow(WebElement field, CharSequence... keys) {
        WebElement page = find("html");
        field.sendKeys(keys);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ready -> "complete".equals(
                ((JavascriptExecutor) ready).executeScript("return document.readyState")));
    }

    /** Waits, up to a deadline, for an element at {@code css} (on a page the script reloads once a task is done). */
    WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return find(css).getText().strip();
    }

    /** The navigation's sections as the page lists them. */
    List<String> navigation() {
        return all("header nav a").stream().map(link -> link.getAttribute("data-section")).toList();
    }

    /** Saves the page as it is drawn now, at the height of the whole page. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
