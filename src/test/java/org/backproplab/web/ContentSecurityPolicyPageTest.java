package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.backproplab.cli.Serve;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page's Content-Security-Policy lets only the site's own files run. Every {@code securitypolicyviolation} is
 * recorded from the first byte of each document (a DevTools script, which the policy does not cover) while the
 * page is used as a class would use it; any violation fails, whether it comes from our own code (an inline style
 * or handler someone adds later) or from text a link carries.
 */
class ContentSecurityPolicyPageTest {
    static final String POLICY =
            "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
    static final String[] VIEWS = {"train", "worksheet", "perceptron", "activations", "compare"};

    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    @BeforeAll
    static void recordViolations() {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
                + " e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile"
                + " + ':' + e.lineNumber + ' ' + (e.sample || '')), true);"));
    }

    @Test
    void everyPageCarriesThePolicy() throws IOException {
        Path site = Paths.get(System.getProperty("site.dir", "target/site"));
        try (var files = Files.list(site)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertTrue(pages.size() >= 2, "index.html and bench.html at least: " + pages);
            for (Path page : pages) {
                String html = Files.readString(page);
                assertTrue(html.contains("content=\"" + POLICY + "\""), page + " lacks the policy");
                assertTrue(!html.matches("(?s).*\\son[a-z]+\\s*=.*"), page + " has an inline event handler");
                assertTrue(!html.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), page + " has an inline script");
                assertTrue(!html.matches("(?s).*(<style|\\sstyle\\s*=).*"), page + " has an inline style");
            }
        }
    }

    /** The recorder works and the policy is in force: an inline script is refused, and the refusal is seen. */
    @Test
    void anInlineScriptIsRefusedAndReported() {
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", "v=1"));
        browser.js("const s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                + "document.body.append(s);");
        browser.waitFor("the violation event", "return window.cspViolations.length > 0", 5);
        assertNull(browser.js("return window.inlineRan"));
        assertTrue(violations().get(0).startsWith("script-src-elem blocked inline"), violations().toString());
        browser.consoleErrors(); // Chromium logs the refusal as an error: expected here, and only here
    }

    @Test
    void usingEveryViewInBothLanguagesAndProjectorModeBreaksNoRule() throws IOException {
        for (String extra : new String[] {"", "&lang=zh-TW", "&proj=on"}) {
            browser.open(Browser.page("index.html", "v=1&epochs=200" + extra));
            for (String view : VIEWS) {
                browser.find("#tab-" + view).click();
                browser.waitFor(view + " shown", "return !document.getElementById('view-" + view + "').hidden", 10);
            }
            browser.find("#tab-train").click();
            browser.find("#play").click();
            browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 60);
            assertEquals(List.of(), violations(), "with " + (extra.isEmpty() ? "the defaults" : extra));
        }

        for (String kind : new String[] {"csv", "json", "loss-png", "boundary-png"}) {
            browser.js("window.backpropLab.share.exportFile(arguments[0])", kind);
        }
        assertTrue(((String) browser.js("return window.backpropLab.share.lastDownload.name")).endsWith(".png"));
        String json = (String) browser.js("return window.backpropLab.lab.share().exportJson()");
        Path jsonFile = Files.createTempFile("backprop-lab-csp", ".json");
        Path csvFile = Files.createTempFile("backprop-lab-csp", ".csv");
        try {
            Files.writeString(jsonFile, json, StandardCharsets.UTF_8);
            browser.find("#import-file").sendKeys(jsonFile.toString());
            browser.waitFor("the import", "return window.backpropLab.lab.get('init') === 'explicit'", 10);
            Files.writeString(csvFile, "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", StandardCharsets.UTF_8);
            browser.js("document.querySelector('#controls [data-key=data]').value = 'csv';"
                    + "document.querySelector('#controls [data-key=data]').dispatchEvent(new Event('change'));");
            browser.find("#csv-file").sendKeys(csvFile.toString());
            browser.waitFor("the upload", "return window.backpropLab.lab.get('csv').startsWith('x1,x2,label')", 10);
        } finally {
            Files.deleteIfExists(jsonFile);
            Files.deleteIfExists(csvFile);
        }
        browser.find("#play").click();
        browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 60);
        assertEquals(List.of(), violations(), "exports, import and upload");
    }

    /** Script payloads in a link's values show as text: none runs, and none even reaches the policy. */
    @Test
    void scriptPayloadsInALinkNeverRun() {
        String[] payloads = {"<script>window.pwned='script'</script>", "<img src=x onerror=\"window.pwned='img'\">",
            "javascript:window.pwned='url'"};
        StringBuilder link = new StringBuilder("v=1");
        String[] keys = {"h", "data", "lr", "csv", "fx", "act", "view"};
        for (int i = 0; i < keys.length; i++) {
            link.append('&').append(keys[i]).append('=')
                    .append(URLEncoder.encode(payloads[i % payloads.length], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        browser.driver().get("about:blank"); // a new document, not a change of the last one's fragment
        browser.open(Browser.page("index.html", link.toString()));
        for (String view : VIEWS) {
            browser.find("#tab-" + view).click();
        }
        assertNull(browser.js("return window.pwned"), "a payload ran");
        assertEquals(0L, browser.js("return document.querySelectorAll('img[onerror], script:not([src])').length"));
        assertEquals(List.of(), violations(), "a payload was put into the page as markup (and blocked)");
        String notices = browser.find("#notices").getText();
        assertTrue(notices.contains("<img src=x onerror"), "the hostile value is shown back as text: " + notices);
    }

    /** Served over http:// as by .ci/serve (and when hosted), the policy holds the same as from file://. */
    @Test
    void theServedPageWorksUnderThePolicy() throws IOException {
        HttpServer server = Serve.start(Paths.get(System.getProperty("site.dir", "target/site")), 0);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            browser.open(base + "index.html#v=1&epochs=100&proj=on");
            browser.find("#play").click();
            browser.waitFor("training to stop", "return window.backpropLab.lab.stopped()", 60);
            assertEquals("100", browser.find("#epoch").getText());
            browser.js("window.backpropLab.share.exportFile('loss-png')");
            browser.driver().get(base + "bench.html#reps=1&warm=0&only=W1");
            browser.waitFor("the benchmark", "return /done|finished/i.test(document.getElementById('state').textContent)",
                    60);
            assertEquals(List.of(), violations());
        } finally {
            server.stop(0);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        return (List<String>) browser.js("return window.cspViolations");
    }
}
