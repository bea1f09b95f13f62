package org.backproplab.experiment.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reference case P1 (shared/reference/perceptron-P1.json, computed independently with numpy): every epoch of the
 * course's three majority runs, weights to the last bit, printed lines to the last character.
 */
class PerceptronGoldenTest {
    private static JsonNode reference;

    @BeforeAll
    static void loadReference() throws IOException {
        Path file = Path.of(System.getProperty("reference.dir", "../shared/reference"), "perceptron-P1.json");
        if (!Files.isRegularFile(file)) {
            // Not a skip: without the reference the golden checks would silently vanish.
            fail("reference file missing: " + file.toAbsolutePath() + " (set -Dreference.dir)");
        }
        reference = new ObjectMapper().readTree(file.toFile()).get(0);
        assertEquals("perceptron_majority_3input", reference.get("name").asText());
    }

    @Test
    void canonicalOrderOfTheReferenceIsMajority3sDefault() {
        String canonical = reference.get("config").get("sample_order_canonical").asText();
        assertEquals(canonical, TruthTable.MAJORITY3.defaultOrder().patterns());
        assertEquals(TruthTable.MAJORITY3.defaultOrder(), parseOrder(canonical));
    }

    @Test
    void everyEpochOfEveryReferenceRunMatchesBitForBit() {
        int epochsChecked = 0;
        for (Map.Entry<String, JsonNode> run : runs()) {
            PerceptronConfig config = configOf(run.getValue()).withOrder(TruthTable.MAJORITY3.defaultOrder());
            epochsChecked += assertRunMatches(run.getKey(), run.getValue(), Perceptron.run(config));
        }
        assertEquals(60, epochsChecked, "three runs of 20 epochs");
    }

    @Test
    void everyRunReportsTheReferenceConvergenceEpochs() {
        for (Map.Entry<String, JsonNode> entry : runs()) {
            JsonNode expected = entry.getValue();
            PerceptronRun run = Perceptron.run(configOf(expected));
            String name = entry.getKey();
            assertEquals(expected.get("first_epoch_with_zero_errors").asInt(), run.firstEpochWithZeroErrors(), name);
            assertEquals(expected.get("last_epoch_with_update").asInt(), run.lastEpochWithUpdate(), name);
            // What the course printed as "converges at epoch N" is the last epoch with an update.
            assertEquals(expected.get("report_says_converges_at_epoch").asInt(), run.lastEpochWithUpdate(), name);
            assertTrue(run.converged(), name);
        }
    }

    @Test
    void thresholdFiringAtZeroGivesTheSameFloat64Trajectories() {
        for (Map.Entry<String, JsonNode> run : runs()) {
            assertTrue(run.getValue().get("threshold_ge_gives_same_float64_trajectory").asBoolean(), run.getKey());
            PerceptronConfig config = configOf(run.getValue()).withThreshold(Threshold.BIPOLAR_GE);
            assertRunMatches(run.getKey() + " with >=", run.getValue(), Perceptron.run(config));
        }
    }

    @Test
    void binaryTargetsWithDoubledRateTakeTheSameSteps() {
        String rule = reference.get("config").get("equivalent_rules").get(0).asText();
        assertEquals("0/1 targets with w <- w + 2*lr*(t - y)*x", rule);
        for (Map.Entry<String, JsonNode> run : runs()) {
            PerceptronConfig config = configOf(run.getValue());
            config = config.withThreshold(Threshold.BINARY).withLearningRate(2 * config.learningRate());
            assertRunMatches(run.getKey() + " with 0/1 targets", run.getValue(), Perceptron.run(config));
        }
    }

    @Test
    void everyOrderFittingThePrintedTablesGivesTheSameTrajectories() {
        assertTrue(reference.get("all_fitting_orders_give_identical_float64_trajectories").asBoolean());
        JsonNode orders = reference.get("orders_fitting_all_three_tables");
        assertEquals(50, orders.size());
        for (JsonNode order : orders) {
            SampleOrder sampleOrder = parseOrder(order.asText());
            for (Map.Entry<String, JsonNode> run : runs()) {
                PerceptronConfig config = configOf(run.getValue()).withOrder(sampleOrder);
                assertRunMatches(run.getKey() + " in order " + order.asText(), run.getValue(), Perceptron.run(config));
            }
        }
    }

    /** Asserts weights (bit for bit), error counts and log lines of every epoch; returns the epochs checked. */
    private static int assertRunMatches(String name, JsonNode expected, PerceptronRun run) {
        JsonNode epochs = expected.get("epochs");
        assertEquals(epochs.size(), run.epochs(), name);
        List<String> lines = run.logLines();
        for (JsonNode epoch : epochs) {
            int e = epoch.get("epoch").asInt();
            String where = name + ", epoch " + e;
            double[] weights = run.weightsAfter(e);
            JsonNode expectedWeights = epoch.get("weights");
            assertEquals(expectedWeights.size(), weights.length, where);
            for (int i = 0; i < weights.length; i++) {
                // No tolerance: the engine does the reference's IEEE operations in the reference's order.
                assertEquals(expectedWeights.get(i).doubleValue(), weights[i], where + ", w" + i);
            }
            assertEquals(epoch.get("errors_in_epoch").asInt(), run.errorsIn(e), where);
            String line = "epoch = " + e + ", weights = " + epoch.get("expected_printed").asText();
            assertEquals(line, run.logLine(e), where);
            assertEquals(line, lines.get(e - 1), where);
        }
        return epochs.size();
    }

    private static PerceptronConfig configOf(JsonNode run) {
        JsonNode initial = run.get("initial_weights");
        double[] weights = new double[initial.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = initial.get(i).doubleValue();
        }
        PerceptronConfig config = PerceptronConfig.of(TruthTable.MAJORITY3)
                .withOrder(parseOrder(reference.get("config").get("sample_order_canonical").asText()))
                .withLearningRate(run.get("lr").doubleValue())
                .withInitialWeights(weights)
                .withEpochs(run.get("epochs").size());
        return config;
    }

    private static SampleOrder parseOrder(String text) {
        ParseResult<SampleOrder> parsed = SampleOrder.parse(TruthTable.MAJORITY3, text);
        assertTrue(parsed.isOk(), () -> text + ": " + parsed.errors());
        return parsed.value();
    }

    private static List<Map.Entry<String, JsonNode>> runs() {
        List<Map.Entry<String, JsonNode>> runs = new ArrayList<>();
        reference.get("runs").fields().forEachRemaining(runs::add);
        assertEquals(3, runs.size());
        return runs;
    }
}
