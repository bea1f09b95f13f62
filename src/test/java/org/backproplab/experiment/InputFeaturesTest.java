package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.data.Dataset;
import org.backproplab.engine.FeatureMap;
import org.backproplab.engine.Network;
import org.junit.jupiter.api.Test;

/** The link field feat: what it accepts and keeps, and that every part of a run sees the features. */
class InputFeaturesTest {
    @Test
    void linksNameFeaturesByIdInOneOrderAndOldLinksKeepTheirMeaning() {
        ExperimentState s = LinkCodec.decode("#v=2&data=circle&feat=x2sq,%20X1%5E2").state();
        assertEquals("x1sq,x2sq", s.text(Fields.FEATURES));
        assertEquals("v=2&data=circle&feat=x1sq,x2sq", LinkCodec.encode(s));
        assertEquals("x1sq,x1x2,sinx1", LinkCodec.decode("feat=sin(x1),x1*x2,x₁²,x1sq").state().text(Fields.FEATURES));
        // no feat (a v=1 link, or any link made before features): x1, x2, and the link says nothing more
        for (String old : new String[] {"#v=1&data=circle&h=", "#v=2&data=circle", "#v=2&data=circle&feat=x2,x1"}) {
            LinkCodec.Decoded d = LinkCodec.decode(old);
            assertEquals(List.of(), d.notices());
            assertFalse(d.state().isSet(Fields.FEATURES), old);
            assertFalse(LinkCodec.encode(d.state()).contains("feat"), old);
            assertFalse(TrainingRun.start(d.state()).hasFeatures(), old);
        }
    }

    @Test
    void unknownNamesAndNoFeatureAtAllAreNoticesThatListTheAcceptedOnes() {
        LinkCodec.Decoded d = LinkCodec.decode("#v=2&data=circle&feat=x1sq,cosx1");
        assertEquals(List.of("Input features: 'cosx1' is not an input feature (x1, x2, x1sq, x2sq,"
                + " x1x2, sinx1, sinx2) — the default was kept."), d.notices());
        assertEquals("x1,x2", d.state().text(Fields.FEATURES));
        LinkCodec.Decoded none = LinkCodec.decode("#v=2&feat=");
        assertEquals(List.of("Input features: at least one input feature must stay on (x1, x2, x1sq, x2sq, x1x2,"
                + " sinx1, sinx2) — the default was kept."), none.notices());
        assertEquals(List.of("Input features: 'x1sq; x2sq' is not an input feature (x1, x2, x1sq,"
                + " x2sq, x1x2, sinx1, sinx2) — the default was kept."), LinkCodec.decode("feat=x1sq;%20x2sq")
                .notices());
    }

    @Test
    void aToggleSwitchesOneFeatureButNeverTheLast() {
        ExperimentState s = new ExperimentState().with(Fields.DATA, "circle");
        ExperimentState on = InputFeatures.toggled(s, "sinx2");
        assertEquals("x1,x2,sinx2", on.text(Fields.FEATURES));
        ExperimentState off = InputFeatures.toggled(InputFeatures.toggled(on, "x1"), "x2");
        assertEquals("v=2&data=circle&feat=sinx2", LinkCodec.encode(off));
        IllegalArgumentException last = assertThrows(IllegalArgumentException.class,
                () -> InputFeatures.toggled(off, "sinx2"));
        assertEquals("sin x₂ is the last input feature on: at least one must stay on; switch another on first",
                last.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputFeatures.toggled(s, "cosx1"));
        assertEquals("x1,x2", s.text(Fields.FEATURES), "the state toggled from is left as it was");
    }

    @Test
    void theNetworkSeesTheFeaturesEverywhereItSeesInputs() {
        ExperimentState s = LinkCodec.decode("#v=2&data=circle&val=0.2&test=0.2&feat=x1sq,x2sq,sinx1&h=3").state();
        TrainingRun run = TrainingRun.start(s);
        Network net = run.network();
        assertEquals(3, net.width(0));
        assertEquals("x1sq,x2sq,sinx1", run.features().ids());
        for (Dataset raw : new Dataset[] {run.trainingSet(), run.validationSet(), run.testSet()}) {
            assertEquals(2, raw.inputDim(), "the points stay in the plane, for plots");
            Dataset seen = run.inputsOf(raw);
            assertEquals(3, seen.inputDim());
            assertEquals(raw.size(), seen.size());
            for (int i = 0; i < raw.size(); i++) {
                double x1 = raw.input(i, 0);
                double x2 = raw.input(i, 1);
                assertEquals(x1 * x1, seen.input(i, 0));
                assertEquals(x2 * x2, seen.input(i, 1));
                assertEquals(org.backproplab.engine.PortableMath.sin(x1), seen.input(i, 2));
                assertEquals(raw.label(i), seen.label(i));
            }
            assertTrue(raw.size() > 0);
        }
        assertEquals(List.of(0.25, 1.0, org.backproplab.engine.PortableMath.sin(-0.5)),
                java.util.Arrays.stream(run.features().applyAll(new double[] {-0.5, 1}, 1)).boxed().toList());
        // the same run trained on features computed outside it: the same bits, epoch by epoch
        run.train(40);
        TrainingRun again = TrainingRun.start(s);
        again.train(40);
        assertEquals(Double.doubleToLongBits(run.lossHistory().last()), Double.doubleToLongBits(
                again.lossHistory().last()));
        assertEquals(40, run.validationLossHistory().size());
        assertEquals(40, run.testLossHistory().size());
        // weights JSON names the features, and reads back to the same experiment
        String json = ExperimentJson.write(run);
        assertTrue(json.contains("\"inputs\": [\"x1sq\", \"x2sq\", \"sinx1\"]"), json);
        assertTrue(json.contains("\"feat\": \"x1sq,x2sq,sinx1\""), json);
        ExperimentJson.Imported back = ExperimentJson.read(json);
        assertEquals(null, back.error());
        assertEquals("x1sq,x2sq,sinx1", back.state().text(Fields.FEATURES));
        assertEquals(3, TrainingRun.start(back.state()).network().width(0));
    }

    @Test
    void featuresAreMadeFromTwoInputsAndOtherDataSaySo() {
        ExperimentState curve = LinkCodec.decode("#v=2&data=runge&feat=x1sq").state();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingRun.start(curve));
        assertEquals("input features (x1sq) are made from two inputs x1, x2, and these data have 1: set the input"
                + " features to x1,x2", e.getMessage());
        // without features, curves and majority-of-3 train as before
        assertFalse(TrainingRun.start(LinkCodec.decode("#v=2&data=runge").state()).hasFeatures());
        assertEquals(3, TrainingRun.start(LinkCodec.decode("#v=2&data=majority3").state()).network().width(0));
    }

    /**
     * The example: given {@code #v=1&data=circle&h=&feat=x1sq,x2sq}, the command line's run (no hidden
     * layer: one sigmoid unit) classifies every circle point, where x1, x2 alone stay at chance: a line can't
     * enclose a disc, but a line in (x₁², x₂²) is a circle in the plane.
     */
    @Test
    void theCircleNeedsNoHiddenLayerWithSquares() {
        TrainingRun squares = TrainingRun.start(LinkCodec.decode("#v=1&data=circle&h=&feat=x1sq,x2sq").state());
        TrainingRun plain = TrainingRun.start(LinkCodec.decode("#v=1&data=circle&h=").state());
        assertEquals(1, squares.network().layerCount());
        squares.train(5000);
        plain.train(5000);
        assertEquals(1.0, squares.accuracyHistory().last());
        assertTrue(squares.lossHistory().last() < 0.02, "loss " + squares.lossHistory().last());
        // chance: the classes are half and half, the best line gets 58 % of the points, and the loss stays at
        // ln 2 (to 0.005), a coin's
        int[] counts = plain.trainingSet().classCounts();
        assertEquals(counts[0], counts[1]);
        assertEquals(0.58, plain.accuracyHistory().last());
        assertEquals(Math.log(2), plain.lossHistory().last(), 0.005);
        assertNotEquals(squares.lossHistory().last(), plain.lossHistory().last());
    }

    @Test
    void everyFeatureHasAReadableNameAndTheDefaultMapIsTheIdentity() {
        for (String id : InputFeatures.ACCEPTED.split(", ")) {
            assertNotEquals(id, ChoiceNames.of(Fields.FEATURES.key(), id));
        }
        assertTrue(FeatureMap.RAW.isIdentity());
        assertEquals("x1,x2", Fields.FEATURES.defaultText());
    }

    @Test
    void theTitleNamesTheFeaturesBeforeTheShape() {
        ExperimentState s = LinkCodec.decode("#v=2&data=circle&feat=x1sq,sinx2&h=3").state();
        assertEquals("Circle · x₁², sin x₂ · 2-3-1 · Sigmoid → Sigmoid · Binary cross-entropy · SGD with momentum · η 0.1",
                ExperimentTitle.of(s, TrainingRun.start(s).network().sizes()));
        assertFalse(ExperimentTitle.of(new ExperimentState(), null).contains("x₁"), "no features: as before");
    }
}
