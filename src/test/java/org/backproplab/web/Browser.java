package org.backproplab.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) driving the built page from file://.
 * Missing browser or driver is a test failure with instructions, never a skip.
 *
 * <p>Register it in a test class with {@code @RegisterExtension static final Browser browser = new Browser(w, h);}:
 * it starts before the class's tests, quits after them, and fails any test that left a console error.
 */
final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

    private final int width;
    private final int height;
    private ChromeDriver driver;
    private Path profile;

    /** A browser with a window of this size; Chromium starts on first use. */
    Browser(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        driver();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            List<String> errors = consoleErrors();
            if (!errors.isEmpty()) {
                throw new AssertionError("console errors: " + errors);
            }
        }
    }

    private void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("Browser tests need Debian's chromium and chromium-driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": run `sudo apt-get install chromium chromium-driver` (the test command does)");
        }
        try {
            profile = Files.createTempDirectory("backprop-lab-chromium");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--allow-file-access-from-files");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", RETURNING_VISITOR));
    }

    /**
     * Before every document: the browser is a returning visitor, who has dismissed the first-visit guide, so that
     * the guide covers nothing a test looks at. A test that wants a first visit sets sessionStorage "guide-test"
     * to "first" (or to "blocked": then localStorage throws, as where a browser blocks it). Not the page's code:
     * DevTools runs it, outside the page's Content-Security-Policy.
     */
    static final String RETURNING_VISITOR = "(() => { let mode = null; try { mode = sessionStorage.getItem('guide-test'); }"
            + " catch (e) {}"
            + " if (mode === 'blocked') { Object.defineProperty(window, 'localStorage', { get() {"
            + " throw new DOMException('blocked by the test', 'SecurityError'); } }); return; }"
            + " if (mode !== 'first') { try { localStorage.setItem('backprop-lab.guide', 'seen'); } catch (e) {} } })();";

    /** The built site's page as a file:// URL, with an optional fragment. */
    static String page(String file, String fragment) {
        Path site = Paths.get(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        Path html = site.resolve(file);
        if (!Files.exists(html)) {
            throw new AssertionError(html + " is missing: build the site first (mvn package runs TeaVM)");
        }
        return html.toUri() + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
    }

    void open(String url) {
        driver().get(url);
        waitForReady();
    }

    /**
     * Waits until the page is ready: the engine started, every control bound and the view the link shows drawn
     * (app.js sets {@code <html data-ready="train">}, or the view shown, and then window.backpropLab.lab).
     */
    void waitForReady() {
        waitFor("the page to be ready (the engine started and the view drawn)",
                "return !!document.documentElement.dataset.ready && !!(window.backpropLab && window.backpropLab.lab)", 20);
    }

    ChromeDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** Waits until the script returns true, failing with {@code what} after {@code seconds}. */
    void waitFor(String what, String script, int seconds) {
        try {
            new WebDriverWait(driver(), Duration.ofSeconds(seconds), Duration.ofMillis(100))
                    .until(d -> Boolean.TRUE.equals(js(script)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
        }
    }

    /** Console messages at SEVERE level (errors, uncaught exceptions) since the last call. */
    List<String> consoleErrors() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver().manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    /** Saves a PNG of the viewport under target/screenshots and returns its path. */
    Path screenshot(String name) {
        try {
            Path dir = Paths.get(System.getProperty("screenshot.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** How many pixels of a canvas are close to the given colour: a chart with no line has none of its colour. */
    long pixelsNear(String canvasCss, int r, int g, int b) {
        Object n = js("const c = document.querySelector(arguments[0]);"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 0; i < d.length; i += 4) {"
                + "  if (d[i + 3] > 200 && Math.abs(d[i] - arguments[1]) < 40 && Math.abs(d[i + 1] - arguments[2]) < 40"
                + "      && Math.abs(d[i + 2] - arguments[3]) < 40) n++; }"
                + "return n;", canvasCss, r, g, b);
        return ((Number) n).longValue();
    }

    @Override
    public void close() {
        if (driver == null) {
            return;
        }
        try {
            driver.quit();
        } finally {
            driver = null;
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
