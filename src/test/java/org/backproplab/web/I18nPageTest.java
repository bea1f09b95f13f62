package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every view in Traditional Chinese: no visible text or accessible name is left in English (identifiers such as
 * activation and dataset ids, maths and file formats stay as they are); a failure lists what is left, and
 * target/i18n-untranslated.txt keeps the list.
 */
@Tag("browser")
class I18nPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 900);

    /** Names that stay as they are in both languages: ids of choices, maths, file formats, course case names. */
    private static final Pattern IDENTIFIERS = Pattern.compile("(?i)\\b(identity|step|sign|sigmoid|tanh|relu|leaky_relu|"
            + "elu|softplus|gelu_tanh|gelu_erf|gelu|silu|mse|sse|half_sse|abs|bce|softmax_ce|sgd|momentum|nesterov|adagrad|"
            + "rmsprop|adam|xavier|he|constant|uniform|normal|explicit|exponential|linear|xor_easy|xor|xnor|and|or|nand|"
            + "nor|majority3|circle|gaussians|spiral|moons|runge|sin|cos|tan|exp|log|sqrt|min|max|pi|formula|csv|csv_xy|"
            + "json|png|markdown|lr|epochs?|on|off|en|zh|tw|esc|space|x1|x2|label|w[0-9]|p1|lttb|ReLU|GELU|SiLU|ELU|"
            + "SSE|MSE|SGD|Adam|RMSProp|Nesterov|Adagrad|Xavier|He|Glorot|Runge|XOR|AND|OR|NAND|NOR|ln|max|mu)\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");

    @SuppressWarnings("unchecked")
    private static List<List<String>> texts() {
        return (List<List<String>>) browser.js("const out = [];"
                + "const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);"
                + "const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);"
                + "for (let n = w.nextNode(); n; n = w.nextNode()) {"
                + "  if (n.nodeType === 3) { const p = n.parentElement;"
                + "    if (!visible(p) || p.closest('script,style,pre,code,[data-no-i18n],select[data-key] option,.ws-num')) continue;"
                + "    const key = p.closest('button,[role=tab],legend,h1,h2,h3,h4,th,label,summary,figcaption') ? 'control' : 'text';"
                + "    out.push([key, n.data.replace(/\\s+/g, ' ').trim()]); }"
                + "  else for (const a of ['aria-label','title','placeholder']) { const v = n.getAttribute(a);"
                + "    if (v && visible(n)) out.push(['attribute', v]); } }"
                + "return out;");
    }

    private static boolean english(String text) {
        if (CJK.matcher(text).find()) {
            return false;
        }
        return WORD.matcher(IDENTIFIERS.matcher(text).replaceAll(" ")).find();
    }

    @Test
    void everyViewReadsInChineseAndSwitchesBack() throws Exception {
        String[] links = {"", "&data=runge&n=50&h=8&act=tanh&out=identity&loss=mse&val=0.2&test=0.1", "&view=worksheet",
            "&view=perceptron", "&view=perceptron&ptable=and", "&view=activations", "&view=compare"};
        TreeSet<String> untranslated = new TreeSet<>();
        List<String> controls = new ArrayList<>();
        for (String link : links) {
            browser.driver().get("about:blank");
            browser.open(Browser.page("index.html", "v=1&lang=zh-TW" + link));
            browser.js("for (const d of document.querySelectorAll('details')) d.open = true;"
                    + "const step = document.getElementById(location.hash.includes('view=') ? 'none' : 'step');"
                    + "if (step) { step.click(); step.click(); }"); // status lines and readouts after two epochs
            Thread.sleep(500);
            assertEquals("zh-TW", browser.js("return document.documentElement.lang"));
            assertTrue(((String) browser.js("return location.hash")).contains("lang=zh-TW"));
            for (List<String> item : texts()) {
                if (english(item.get(1))) {
                    untranslated.add(item.get(1));
                    if (item.get(0).equals("control")) {
                        controls.add(link + ": " + item.get(1));
                    }
                }
            }
        }
        Path report = Paths.get("target/i18n-untranslated.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, untranslated);
        System.out.println("zh-TW: " + untranslated.size() + " visible texts still in English (see " + report + ")");
        browser.screenshot("i18n-zh-worksheet");
        assertTrue(controls.isEmpty(), "untranslated controls:\n" + String.join("\n", controls));
        assertTrue(untranslated.isEmpty(), "untranslated text:\n" + String.join("\n", untranslated));
        // and back to English, exactly
        browser.driver().get("about:blank");
        browser.open(Browser.page("index.html", "v=1&lang=zh-TW"));
        browser.js("const s = document.getElementById('language'); s.value = 'en'; s.dispatchEvent(new Event('change'));");
        assertEquals("Train", browser.find("#tab-train").getText());
        assertEquals("Learning rate η", browser.js("return document.querySelector('[data-key=lr]').closest('label')"
                + ".firstChild.textContent.trim()"));
    }
}
