package org.sanctions.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (no browser download): a fresh profile per browser, the
 * flags this machine needs, screenshots under target/screenshots, and the browser console kept for assertions.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int WIDTH = 1280;

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Fails (never skips) with the command to run when Debian's chromium or chromium-driver is missing. */
    static void requireInstalled() {
        for (Path exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(exe)) {
                throw new AssertionError(exe + " is missing: the browser tests need Debian's Chromium and ChromeDriver."
                        + " Run: apt-get update && apt-get install -y chromium chromium-driver"
                        + " (.ci/prerequisites does this on CI)");
            }
        }
    }

    static Browser open() {
        requireInstalled();
        Path target = Path.of("target").toAbsolutePath();
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(target.resolve("chromium-profiles")), "profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--lang=en-GB", "--window-size=" + WIDTH + ",1000", "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().withLogFile(Files.createDirectories(target.resolve("e2e")).resolve("chromedriver.log").toFile())
                    .build();
            return new Browser(new ChromeDriver(service, options), profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the Chromium profile", e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void get(String url) {
        driver.get(url);
    }

    /** Logs in through the UI: the start page's button, Keycloak's login form, back to the UI as that user. */
    void login(String gatewayUrl, String username, String password) {
        driver.get(gatewayUrl + "/");
        click(By.id("login"));
        try {
            visible(By.id("username")).sendKeys(username);
        } catch (TimeoutException e) {
            throw new AssertionError("the UI's Log in button did not lead to Keycloak's login form; the browser is at "
                    + driver.getCurrentUrl() + " (the UI finds the realm in the gateway's /api/openapi security scheme,"
                    + " else config.json)", e);
        }
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(gatewayUrl));
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Waits until the element's text contains the given text; returns the element. */
    WebElement text(By locator, String contained) {
        // pages re-render while they poll (jobs, imports): an element replaced between find and read is looked up again
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> locator + " never contained '" + contained + "'").until(d -> {
            for (WebElement element : d.findElements(locator)) {
                if (element.getText().contains(contained)) {
                    return element;
                }
            }
            return null;
        });
    }

    boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    WebDriverWait await() {
        return wait;
    }

    /** A PNG of the whole page (the window is stretched to the page's height for the shot). */
    Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots").toAbsolutePath());
            Dimension before = driver.manage().window().getSize();
            long height = ((Number) ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);"
                    + " return Math.max(document.documentElement.scrollHeight, window.innerHeight)")).longValue();
            driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(Math.max(height + 120, 600), 6000)));
            Path file = dir.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(before);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not save screenshot " + name, e);
        }
    }

    /**
     * Emulates a viewport of this CSS width (a phone at 390 px, a desktop at 1440 px) through the DevTools protocol,
     * so that the page's layout, not the window's chrome, decides what fits.
     */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false)); // a mobile viewport would zoom out to fit, hiding overflow
    }

    /** Back to the window's own viewport. */
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * How far the page is wider than its viewport, in CSS pixels (0 or less when it never scrolls sideways): the
     * document's scroll width against the viewport (window.innerWidth), or against the width left by a vertical
     * scroll bar when there is one.
     */
    long sidewaysOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("const d = document.documentElement;"
                + " return d.scrollWidth - Math.min(window.innerWidth, d.clientWidth)")).longValue();
    }

    /** A PNG of the whole page at this viewport width (the viewport stretched to the page's height for the shot). */
    Path screenshot(String name, int width) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots").toAbsolutePath());
            viewport(width, 900);
            long height = ((Number) ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);"
                    + " return Math.max(document.documentElement.scrollHeight, window.innerHeight)")).longValue();
            viewport(width, (int) Math.min(Math.max(height, 600), 8000));
            Path file = dir.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            viewport(width, 900);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not save screenshot " + name, e);
        }
    }

    /**
     * Asserts that the page fits a desktop (1440 px) and a phone (390 px) viewport without scrolling sideways
     * (scrollWidth <= innerWidth) and saves NAME-1440.png and NAME-390.png; the window's own viewport again afterwards.
     */
    void fitsAndIsShot(String name) {
        for (int width : List.of(1440, 390)) {
            viewport(width, 900);
            long overflow = sidewaysOverflow();
            if (overflow > 0) {
                throw new AssertionError(name + " at " + width + " px scrolls sideways by " + overflow + " px");
            }
            System.out.println("e2e: screenshot " + screenshot(name + "-" + width, width));
        }
        desktop();
    }

    /** Waits for a finished download whose name ends with the suffix (Chromium writes .crdownload until done). */
    Path awaitDownload(String suffix, Duration timeout) {
        return new WebDriverWait(driver, timeout).withMessage(() -> "no *" + suffix + " downloaded into " + downloads)
                .until(d -> {
                    try (var files = Files.list(downloads)) {
                        return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
    }

    /** Console messages since the last call (CSP violations and script errors show up here). */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover profile under target/ is harmless
        }
    }
}
