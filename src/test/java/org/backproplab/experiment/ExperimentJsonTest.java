package org.backproplab.experiment;

import org.backproplab.text.Json;
import org.backproplab.text.ExactDecimal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.backproplab.engine.Rng;
import org.junit.jupiter.api.Test;

class ExperimentJsonTest {
    private static TrainingRun trained(String fragment, int epochs) {
        TrainingRun run = TrainingRun.start(LinkCodec.decode(fragment).state());
        run.train(epochs);
        return run;
    }

    private static long[] bits(double[] w) {
        long[] out = new long[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Double.doubleToRawLongBits(w[i] == 0 ? 0.0 : w[i]); // -0 is read as 0 by the weights field
        }
        return out;
    }

    @Test
    void readingAWrittenFileRestoresTheSettingsAndEveryWeightExactly() {
        TrainingRun run = trained("v=1&data=linear&h=6,4&act=tanh,relu&opt=adam&lr=0.01&batch=10&epochs=300&seed=5", 120);
        String json = ExperimentJson.write(run);
        ExperimentJson.Imported imported = ExperimentJson.read(json);
        assertNull(imported.error());
        assertEquals(List.of(), imported.notices());
        ExperimentState s = imported.state();
        assertEquals("explicit", s.get(Fields.INIT));
        ExperimentState expected = run.state().with(Fields.INIT, "explicit").with(Fields.WEIGHTS, s.get(Fields.WEIGHTS));
        assertEquals(expected, s);
        TrainingRun again = TrainingRun.start(s);
        for (int l = 1; l <= 3; l++) {
            assertArrayEquals(bits(run.network().weights(l)), bits(again.network().weights(l)), "layer " + l);
        }
        // written at epoch 0 of the imported run, the layers are the same text again
        String layers = json.substring(json.indexOf("\"layers\""));
        String layersAgain = ExperimentJson.write(again).substring(ExperimentJson.write(again).indexOf("\"layers\""));
        assertEquals(layers, layersAgain);
    }

    /** With plain full-batch SGD there is no optimizer state, so the imported run continues bit for bit. */
    @Test
    void anImportedSgdRunContinuesExactlyAsTheOriginalWouldHave() {
        String fragment = "v=1&data=linear&n=40&h=5&opt=sgd&lr=0.5&epochs=400";
        TrainingRun original = trained(fragment, 150);
        TrainingRun imported = TrainingRun.start(ExperimentJson.read(ExperimentJson.write(original)).state());
        original.train(100);
        imported.train(100);
        for (int e = 0; e < 100; e++) {
            assertEquals(Double.doubleToRawLongBits(original.lossHistory().get(150 + e)),
                    Double.doubleToRawLongBits(imported.lossHistory().get(e)), "epoch " + (151 + e));
        }
    }

    @Test
    void theFileIsReadableJsonNamingEverySetting() throws Json.JsonError {
        TrainingRun run = trained("v=2", 10);
        Map<?, ?> doc = (Map<?, ?>) Json.parse(ExperimentJson.write(run));
        assertEquals("backprop-lab", doc.get("format"));
        assertEquals("v=2", doc.get("link"));
        assertEquals(Fields.all().size(), ((Map<?, ?>) doc.get("settings")).size());
        assertEquals("10", ((Json.Number) doc.get("epoch")).text());
        assertEquals(run.lossHistory().last(), ((Json.Number) doc.get("loss")).value());
        List<?> layers = (List<?>) doc.get("layers");
        assertEquals(3, layers.size());
        List<?> rows = (List<?>) ((Map<?, ?>) layers.get(0)).get("weights");
        assertEquals(3, rows.size()); // bias row + 2 inputs
        assertEquals(10, ((List<?>) rows.get(0)).size());
        assertEquals(run.network().weights(1)[10 + 3], ((Json.Number) ((List<?>) rows.get(1)).get(3)).value());
    }

    @Test
    void badFilesAreRefusedWithAMessageAndNothingToLoad() {
        String good = ExperimentJson.write(trained("v=1&h=3", 5));
        String[][] cases = {
            {"hello", "This file is not JSON: not valid JSON at line 1, column 1: unexpected character 'h'."},
            {"[]", "The file should be a JSON object { … }."},
            {"{\"format\": \"other\"}", "This is not a Backprop Lab experiment file (it has no \"format\": "
                + "\"backprop-lab\")."},
            {good.replace("\"version\": 1", "\"version\": 2"), "This file was written by another version of Backprop "
                + "Lab (version 2); this page reads version 1."},
            {good.replace("\"lr\": \"0.1\"", "\"lr\": \"fast\""), "Setting \"lr\" in the file: Learning rate: 'fast' "
                + "is not a number"},
            {good.replace("\"h\": \"3\"", "\"h\": \"4\""), "The file's experiment can't start: explicit weights: layer 1 "
                + "needs 3×4 = 12 numbers (bias row first), found 9"},
            {good.replace("\"lr\": \"0.1\"", "\"lr\": 0.1"), "Setting \"lr\" in the file is not text."},
            {good.substring(0, good.indexOf("\"layers\"")) + "\"layers\": []}", "The file has no \"layers\" with "
                + "weights."},
        };
        for (String[] c : cases) {
            ExperimentJson.Imported r = ExperimentJson.read(c[0]);
            assertNull(r.state(), c[1]);
            assertEquals(c[1], r.error());
        }
        String diverged = good.replaceFirst("\\[\\n      \\[[^,\\]]*", "[\n      [null");
        assertEquals("Layer 1 in the file: a weight is missing or not a finite number (the run had diverged).",
                ExperimentJson.read(diverged).error());
    }

    @Test
    void unknownSettingsAreIgnoredWithANotice() {
        String good = ExperimentJson.write(trained("v=1&h=3", 5));
        ExperimentJson.Imported r = ExperimentJson.read(good.replace("\"settings\": {", "\"settings\": {\"zz\": \"1\","));
        assertNull(r.error());
        assertEquals(List.of("Ignored an unknown setting 'zz' in the file."), r.notices());
        assertNull(ExperimentJson.read("\uFEFF" + good).error(), "a byte-order mark is skipped");
    }

    @Test
    void everyTruncationAndRandomDamageIsRefusedWithoutThrowing() {
        String good = ExperimentJson.write(trained("v=1&h=3&epochs=50", 5));
        for (int cut = 0; cut < good.length() - 2; cut++) {
            ExperimentJson.Imported r = ExperimentJson.read(good.substring(0, cut));
            assertNull(r.state(), "cut at " + cut);
            assertTrue(r.error() != null && !r.error().isEmpty());
        }
        Rng rng = new Rng(3);
        String alphabet = "{}[]\",:0123456789-+.eE \\untrlfas";
        for (int i = 0; i < 5000; i++) {
            StringBuilder damaged = new StringBuilder(good);
            for (int k = 0; k <= rng.nextInt(4); k++) {
                int at = rng.nextInt(damaged.length());
                damaged.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            ExperimentJson.Imported r = ExperimentJson.read(damaged.toString());
            assertTrue((r.state() == null) != (r.error() == null));
            if (r.state() != null) {
                TrainingRun.start(r.state()); // whatever was accepted starts
            }
        }
    }

    @Test
    void historyCsvHoldsEveryEpochExactly() {
        TrainingRun run = trained("v=1&data=linear&n=30&val=0.2&epochs=20", 20);
        String[] lines = HistoryCsv.write(run).split("\n");
        assertEquals("epoch,loss,accuracy,validation_loss,validation_accuracy", lines[0]);
        assertEquals(21, lines.length);
        for (int e = 0; e < 20; e++) {
            String[] cells = lines[e + 1].split(",", -1);
            assertEquals(Integer.toString(e + 1), cells[0]);
            assertEquals(run.lossHistory().get(e), ExactDecimal.parse(cells[1]));
            assertEquals(run.accuracyHistory().get(e), ExactDecimal.parse(cells[2]));
            assertEquals(run.validationLossHistory().get(e), ExactDecimal.parse(cells[3]));
        }
        assertEquals("epoch,loss", HistoryCsv.write(trained("v=1&data=sin&h=3&out=identity&loss=mse", 2))
                .split("\n")[0]);
    }

    /** Issue 25: Runge with a test grid (tgrid) exports its test loss, epoch by epoch, as the CLI prints it. */
    @Test
    void historyCsvHoldsTheTestSplitsColumnsWhenThereIsOne() {
        TrainingRun run = trained("v=1&data=runge&n=40&val=0.3&tgrid=100&h=6&act=tanh&out=identity&loss=mse&opt=adam"
                + "&lr=0.01&epochs=15", 15);
        String[] lines = HistoryCsv.write(run).split("\n");
        assertEquals("epoch,loss,validation_loss,test_loss", lines[0]);
        assertEquals(16, lines.length);
        for (int e = 0; e < 15; e++) {
            String[] cells = lines[e + 1].split(",", -1);
            assertEquals(run.lossHistory().get(e), ExactDecimal.parse(cells[1]));
            assertEquals(run.validationLossHistory().get(e), ExactDecimal.parse(cells[2]));
            assertEquals(run.testLossHistory().get(e), ExactDecimal.parse(cells[3]));
        }
        assertEquals(100, run.testSet().size());
        TrainingRun classes = trained("v=1&data=circle&n=40&test=0.25&epochs=3", 3);
        String csv = HistoryCsv.write(classes);
        assertEquals("epoch,loss,accuracy,test_loss,test_accuracy", csv.split("\n")[0]);
        assertEquals(classes.testAccuracyHistory().get(2), ExactDecimal.parse(csv.split("\n")[3].split(",")[4]));
    }
}
