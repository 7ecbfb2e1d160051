package vn.steerboard.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's package) against the running application. Missing
 * Chromium skips the test on a developer machine and fails it in CI.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(int port, int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true requires the browser tests to run: " + why);
            }
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (width < NARROWEST_WINDOW) {
            // headless Chromium keeps a window at least about 485 px wide, so a "phone" window would be wider than a
            // phone: emulate the device's screen instead, as the browser's device mode does
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                    "deviceScaleFactor", 2, "mobile", true));
        }
        // each browser comes from an address of its own (as the proxy says, like the API clients): the per-address
        // limits (sign-ups, sign-in refusals) then count one test's attempts, never those of every browser test run
        // before it from 127.0.0.1, so no test is refused for what others did, in whatever order they run
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers",
                java.util.Map.of("X-Forwarded-For", Client.ownAddress())));
        return new Browser(driver, "http://localhost:" + port);
    }

    /** Below this width a window is emulated as a phone's screen (see {@link #open}). */
    private static final int NARROWEST_WINDOW = 500;

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waitFor(By.id("who"));
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public java.util.List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /**
     * Waits until the page's path matches: a click that navigates (a form, a link, a script setting location) returns
     * before the next page has loaded, so reading the path at once races the browser. On a timeout the message names
     * the path reached and what the page says, so a refusal shown instead is not mistaken for slowness. Returns the
     * path without its query.
     */
    public String waitForPath(String regex) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> pattern.matcher(pathOnly()).matches());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected a page at " + regex + " but the browser is at " + currentPath()
                    + ", showing: " + text(), e);
        }
        return pathOnly();
    }

    /**
     * Clicks what submits a form or follows a link, and waits until the next page has replaced this one: the old page
     * is marked first, so an element of the same id on it is never read by mistake (or goes stale while read).
     */
    public void clickAndWaitForNextPage(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.documentElement.setAttribute('data-left-behind', '1');");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !document.documentElement.hasAttribute('data-left-behind');")));
    }

    private String pathOnly() {
        String path = currentPath();
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
