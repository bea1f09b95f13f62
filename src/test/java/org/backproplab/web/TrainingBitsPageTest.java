package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.TrainingRun;
import org.backproplab.text.Bits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Training in Chromium gives the JVM's bits for every optimizer, loss and regulariser, on networks whose units
 * need no elementary function (identity, ReLU, leaky ReLU), so that only the engine's own arithmetic — and how
 * TeaVM prints it — is compared. TeaVM drops the parentheses of a + (b + c) and a·(b·c); a test like this one
 * is what shows whether the engine's expressions survived the translation.
 */
@Tag("browser")
class TrainingBitsPageTest {
    @RegisterExtension
    static final Browser browser = new Browser(1280, 720);

    private static List<String> experiments() {
        List<String> out = new ArrayList<>();
        String[] optimizers = {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"};
        String[] losses = {"mse", "sse", "half_sse", "abs"};
        for (int i = 0; i < optimizers.length; i++) {
            String loss = losses[i % losses.length];
            out.add("v=1&data=runge&n=40&h=6,5&act=relu,leaky_relu&out=identity&loss=" + loss + "&opt=" + optimizers[i]
                    + "&lr=0.01&batch=7&epochs=25&seed=" + (i + 3));
            out.add("v=1&data=linear&n=30&h=4&act=leaky_relu&units=1.2=identity&out=identity&loss=" + losses[(i + 1)
                    % losses.length] + "&opt=" + optimizers[i] + "&lr=0.02&batch=0&l1=0.001&l2=0.01&epochs=25&seed="
                    + (i + 11));
        }
        out.add("v=1&data=runge&n=25&h=3&act=identity&out=identity&loss=mse&opt=momentum&lr=0.05&batch=1&bias=off"
                + "&epochs=20");
        return out;
    }

    @Test
    void trainingWithoutElementaryFunctionsIsBitIdenticalToTheJvm() {
        browser.open(Browser.page("index.html", ""));
        for (String fragment : experiments()) {
            @SuppressWarnings("unchecked")
            List<String> inBrowser = (List<String>) browser.js(
                    "const b = benchmarks(); const problem = b.load(arguments[0]);"
                    + "if (problem) return [problem];"
                    + "b.train(1000000); const out = [b.lossBits()];"
                    + "const sizes = b.sizes();"
                    + "for (let l = 1; l < sizes.length; l++) for (const w of b.weights(l)) out.push(b.bits(w));"
                    + "return out;", fragment);
            assertEquals(jvmBits(fragment), inBrowser, fragment);
        }
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /** The last loss and every final weight of the experiment trained on the JVM, as 16 hex digits each. */
    private static List<String> jvmBits(String fragment) {
        TrainingRun run = TrainingRun.start(LinkCodec.decode(fragment).state());
        run.train(1_000_000);
        List<String> out = new ArrayList<>();
        out.add(Bits.hex(run.lossHistory().last()));
        for (int l = 1; l <= run.network().layerCount(); l++) {
            for (double w : run.network().weights(l)) {
                out.add(Bits.hex(w));
            }
        }
        return out;
    }
}
