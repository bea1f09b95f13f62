package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the Activations view hands the page, on the JVM: the same Java runs in the browser. */
class ActivationsViewTest {
    /** xor_easy through a 2-2-1 identity network with the weights worked by hand in LinearCollapseTest. */
    private static Lab identityLab(String secondLayer) {
        Lab lab = new Lab();
        for (String[] kv : new String[][] {{"h", "2"}, {"act", "identity"}, {"out", "identity"}, {"loss", "mse"},
            {"init", "explicit"}, {"w", "1 -1; 1 2; 3 4 | " + secondLayer}}) {
            assertEquals("", lab.set(kv[0], kv[1]), kv[0]);
        }
        assertEquals("", lab.reset());
        return lab;
    }

    @Test
    void collapsedLayerIsWrittenOutWithSignsAndSixDecimals() {
        // h₁ = 1 + x₁ + 3x₂, h₂ = −1 + 2x₁ + 4x₂; y = 0.5 + 2h₁ − h₂ = 3.5 + 0·x₁ + 2·x₂
        ActivationsView view = identityLab("0.5; 2; -1").activations();
        assertEquals("", view.refreshCollapse(10));
        assertArrayEquals(new String[] {"y = 0.000000·x₁ + 2.000000·x₂ + 3.500000"}, view.collapseEquations());
        assertArrayEquals(new String[] {"0.000000", "2.000000"}, view.collapseWeights());
        assertArrayEquals(new String[] {"3.500000"}, view.collapseBias());
        // y = 0.5 − h₁ + h₂ = −1.5 + x₁ + x₂
        view = identityLab("0.5; -1; 1").activations();
        assertEquals("", view.refreshCollapse(10));
        assertArrayEquals(new String[] {"y = 1.000000·x₁ + 1.000000·x₂ − 1.500000"}, view.collapseEquations());
    }

    @Test
    void collapseComparesTheFirstPointsAndTheWholeDataset() {
        ActivationsView view = identityLab("0.5; 2; -1").activations();
        view.refreshCollapse(3);
        // xor_easy's first points are (0, 0), (0.1, 0.1), (0.2, 0.2), so y = 3.5 + 2·x₂ = 3.5, 3.7, 3.9; the two
        // routes round differently by at most an ulp or two of y (ulp(3.9) = 4.4e-16)
        String[] rows = view.collapseRows();
        assertEquals(12, rows.length);
        String[][] expected = {{"0.000, 0.000", "3.500000"}, {"0.100, 0.100", "3.700000"}, {"0.200, 0.200", "3.900000"}};
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i][0], rows[4 * i]);
            assertEquals(expected[i][1], rows[4 * i + 1]);
            assertEquals(expected[i][1], rows[4 * i + 2]);
            assertTrue(Double.parseDouble(rows[4 * i + 3]) <= 1e-15, rows[4 * i + 3]);
        }
        assertEquals(21, view.collapseCount());
        assertTrue(Double.parseDouble(view.collapseMaxDifference()) <= 1e-12, view.collapseMaxDifference());
    }

    @Test
    void collapseRefusesTheDefaultSigmoidNetworkInASentence() {
        ActivationsView view = new Lab().activations();
        assertEquals("This network is not all-identity: 21 of 21 units are not identity (first: layer 1 unit 1 is "
                + "sigmoid); a network collapses to one linear layer only when every unit is identity.",
                view.refreshCollapse(10));
        assertEquals(0, view.collapseWeights().length);
    }

    @Test
    void readoutAtTheMiddleSampleIsSigmoidAtZero() {
        assertArrayEquals(new String[] {"0.000", "0.500000", "0.250000"}, new Lab().activations().readout("sigmoid", 200));
        assertArrayEquals(new String[] {"-5.000", "-5.000000", "1.000000"}, new Lab().activations().readout("identity", 0));
    }

    @Test
    void peakAndVanishingTextsNeverShowMinusZero() {
        ActivationsView view = new Lab().activations();
        assertEquals("0.2500 at s = 0.00", view.peakText("sigmoid"));
        assertEquals("1.0000 for s from 0.00 on", view.peakText("relu"));
        assertEquals("→ 1.0000 as s → ∞ (never reached)", view.peakText("softplus"));
        assertEquals("s ≤ 0.00", view.vanishingText("relu"));
        assertEquals("everywhere", view.vanishingText("step"));
        assertEquals("nowhere", view.vanishingText("identity"));
        assertEquals("0", view.tick(-0.0));
        assertEquals("0.3", view.tick(0.30000000000000004));
    }

    @Test
    void gradientNormsAreLabelledPerLayer() {
        ActivationsView view = new Lab().activations();
        assertTrue(view.refreshNorms().endsWith("over the 21 training points, at epoch 0 of the current run"));
        assertArrayEquals(new String[] {"W⁽¹⁾ · 2→10 sigmoid", "W⁽²⁾ · 10→10 sigmoid", "W⁽³⁾ · 10→1 sigmoid"},
                view.gradientNormLabels());
        assertEquals(3, view.gradientNormTexts().length);
    }

    @Test
    void diagramNamesEdgesAndBiasesExactly() {
        DiagramView view = identityLab("0.5; 2; -1").diagram();
        assertArrayEquals(new String[] {"b = -1.000000", "bias of unit 2 of layer 1"}, view.edgeText(1, 0, 1));
        assertArrayEquals(new String[] {"w = 4.000000", "from input x₂ to unit 2 of layer 1"}, view.edgeText(1, 2, 1));
        assertArrayEquals(new String[] {"w = -1.000000", "from unit 2 of layer 1 to output unit 1"}, view.edgeText(2, 2, 0));
        assertArrayEquals(new String[] {"output unit 1 · identity", "b = 0.500000"}, view.neuronText(2, 0));
        assertArrayEquals(new String[] {"input · 2", "layer 1 · 2 identity", "output · 1 identity"}, view.layerLabels());
    }

    /** Issue 25: "Use identity everywhere" says which Train settings it changed, each from what to what. */
    @Test
    void useIdentitySaysWhatItChangedInTheTrainSettings() {
        Lab lab = new Lab();
        assertEquals(0, lab.loadLink("#v=1&act=tanh&units=1.2%3Drelu").length);
        assertEquals("", lab.reset());
        String act = lab.get("act");
        String out = lab.get("out");
        String units = lab.get("units");
        String loss = lab.get("loss");
        assertEquals("bce", loss);
        assertArrayEquals(new String[] {"", "Hidden activation: " + act + " → identity",
            "Output activation: " + out + " → identity", "Per-unit activations: " + units + " → —",
            "Loss: bce → mse (cross-entropy needs sigmoid outputs)"}, lab.activations().useIdentity());
        assertEquals("identity", lab.get("act"));
        assertEquals("mse", lab.get("loss"));
        assertEquals("", lab.get("units"));
        // a second click changes nothing and says nothing changed
        assertArrayEquals(new String[] {""}, lab.activations().useIdentity());
        // an MSE network keeps its loss
        Lab mse = new Lab();
        mse.loadLink("#v=1&loss=sse");
        assertArrayEquals(new String[] {"", "Hidden activation: sigmoid → identity",
            "Output activation: sigmoid → identity"}, mse.activations().useIdentity());
        assertEquals("sse", mse.get("loss"));
    }

    /** With input features the collapse is over them: named in the equations, their values in the rows, and said. */
    @Test
    void collapseWithInputFeaturesComputesOnTheFeaturesAndSaysSo() {
        Lab lab = new Lab();
        for (String[] kv : new String[][] {{"data", "circle"}, {"feat", "x1sq,sinx2"}, {"h", "2"}, {"act", "identity"},
            {"out", "identity"}, {"loss", "mse"}, {"init", "explicit"}, {"w", "1 -1; 1 2; 3 4 | 0.5; 2; -1"}}) {
            assertEquals("", lab.set(kv[0], kv[1]), kv[0]);
        }
        assertEquals("", lab.reset());
        ActivationsView view = lab.activations();
        assertEquals("", view.refreshCollapse(2));
        // as in the test above with x₁ → x₁² and x₂ → sin x₂: y = 3.5 + 0·x₁² + 2·sin x₂
        assertArrayEquals(new String[] {"y = 0.000000·x₁² + 2.000000·sin x₂ + 3.500000"}, view.collapseEquations());
        assertEquals("The network's inputs are the input features x₁², sin x₂: W′ multiplies them, and the column x"
                + " lists their values", view.collapseFeatureNote());
        String[] rows = view.collapseRows();
        double x1 = lab.run().trainingSet().input(0, 0);
        assertTrue(rows[0].startsWith(org.backproplab.text.Numbers.fixed(x1 * x1, 3)), rows[0]);
        assertTrue(Double.parseDouble(view.collapseMaxDifference()) <= 1e-12, view.collapseMaxDifference());
        // without features, no such line
        assertEquals("", identityLab("0.5; 2; -1").activations().collapseFeatureNote());
    }
}
