package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.backproplab.engine.Network;
import org.junit.jupiter.api.Test;

/** The diagram's + and −, activation menu and typed weights, as changes of the link's fields. */
class NetworkEditTest {
    private static ExperimentState link(String fragment) {
        return LinkCodec.decode("v=2" + fragment).state();
    }

    private static String encoded(NetworkEdit.Result r) {
        return LinkCodec.encode(r.state());
    }

    @Test
    void addsAHiddenLayerBeforeTheOutputAsWideAsTheLastOneAtMostEight() {
        NetworkEdit.Result r = NetworkEdit.addLayer(link("&h=3"));
        assertEquals("v=2&h=3,3", encoded(r));
        assertEquals(List.of("Added hidden layer 2 with 3 units."), r.lines());
        assertEquals("v=2&h=10,10,8", encoded(NetworkEdit.addLayer(link(""))));
        assertEquals("v=2&h=4", encoded(NetworkEdit.addLayer(link("&h="))));
    }

    @Test
    void layerEditsKeepPerLayerActivationsAndMoveTheOutputsPerUnitActivations() {
        NetworkEdit.Result added = NetworkEdit.addLayer(link("&h=2,3&act=tanh,relu&units=1.2%3Delu%203.1%3Dsigmoid"));
        assertEquals("2,3,3", added.state().get(Fields.HIDDEN));
        assertEquals("tanh,relu,relu", added.state().get(Fields.ACTIVATION));
        assertEquals("1.2=elu 4.1=sigmoid", added.state().get(Fields.NEURONS));
        NetworkEdit.Result removed = NetworkEdit.removeLayer(link("&h=2,3&act=tanh,relu&units=2.1%3Delu%203.1%3Dsigmoid"));
        assertEquals("2", removed.state().get(Fields.HIDDEN));
        assertEquals("tanh", removed.state().get(Fields.ACTIVATION));
        assertEquals("2.1=sigmoid", removed.state().get(Fields.NEURONS), "layer 2's override goes with it");
        assertEquals(List.of("Removed hidden layer 2."), removed.lines());
        TrainingRun.start(added.state());
        TrainingRun.start(removed.state());
    }

    @Test
    void unitEditsChangeOneWidthAndDropTheRemovedUnitsActivation() {
        NetworkEdit.Result r = NetworkEdit.removeUnit(link("&h=4,3&units=1.4%3Dtanh%201.1%3Drelu"), 1);
        assertEquals("3,3", r.state().get(Fields.HIDDEN));
        assertEquals("1.1=relu", r.state().get(Fields.NEURONS));
        assertEquals(List.of("Removed unit 4 of layer 1."), r.lines());
        NetworkEdit.Result wide = NetworkEdit.removeUnit(link("&h=32,32"), 2);
        assertEquals("32,31", wide.state().get(Fields.HIDDEN), "past the diagram's 8, − still takes one unit");
        assertEquals(List.of("Removed unit 32 of layer 2.", "Layer 2 still has 31 units: type its width in Hidden layers"
                + " to change it in one step."), wide.lines());
        assertEquals(List.of("Removed unit 9 of layer 1."), NetworkEdit.removeUnit(link("&h=9"), 1).lines());
        NetworkEdit.Result a = NetworkEdit.addUnit(link("&h=4,3"), 2);
        assertEquals("4,4", a.state().get(Fields.HIDDEN));
        assertEquals(List.of("Added unit 4 to layer 2."), a.lines());
    }

    @Test
    void refusesAtEachLimitSayingWhereLargerNetworksAreTyped() {
        NetworkEdit.Result six = NetworkEdit.addLayer(link("&h=2,2,2,2,2,2"));
        assertNull(six.state());
        assertEquals(List.of("The diagram adds up to 6 hidden layers; type more in Hidden layers (at most 8)."), six.lines());
        assertNull(NetworkEdit.removeLayer(link("&h=")).state());
        NetworkEdit.Result eight = NetworkEdit.addUnit(link("&h=8"), 1);
        assertNull(eight.state());
        assertEquals(List.of("The diagram adds up to 8 units to a layer; type wider layers in Hidden layers (up to 256)."),
                eight.lines());
        assertNull(NetworkEdit.addUnit(link(""), 1).state(), "the default's 10 units are past the diagram's 8");
        assertNull(NetworkEdit.removeUnit(link("&h=1"), 1).state());
    }

    @Test
    void aShapeChangeDropsTypedWeightsThatNoLongerFit() {
        NetworkEdit.Result r = NetworkEdit.addUnit(link("&h=2&init=explicit&w=1,2,3,4,5,6|7,8,9"), 1);
        assertEquals("v=2&h=3", encoded(r));
        assertEquals(2, r.lines().size());
    }

    @Test
    void aUnitsActivationIsAPerUnitOverrideAndTheOutputsIsTheOutputActivation() {
        NetworkEdit.Result r = NetworkEdit.setActivation(link("&h=3,2&units=2.1%3Drelu"), 1, 2, "Tanh");
        assertEquals("1.2=tanh 2.1=relu", r.state().get(Fields.NEURONS));
        assertEquals(List.of("Unit 2 of layer 1 is now tanh."), r.lines());
        NetworkEdit.Result back = NetworkEdit.setActivation(r.state(), 1, 2, "sigmoid");
        assertEquals("2.1=relu", back.state().get(Fields.NEURONS), "the layer's own activation needs no override");
        NetworkEdit.Result out = NetworkEdit.setActivation(link("&h=3&loss=mse&units=2.1%3Drelu"), 2, 1, "identity");
        assertEquals("v=2&h=3&out=identity&loss=mse", encoded(out));
        assertEquals(List.of("The output is now identity."), out.lines());
    }

    @Test
    void aTypedWeightMakesEveryInitialWeightExplicitAndTheRunStartsFromThem() {
        ExperimentState state = link("&h=3");
        Network initial = TrainingRun.start(state).network();
        NetworkEdit.Result r = NetworkEdit.setWeight(state, initial, 2, 1, 0, "0.5");
        assertEquals("explicit", r.state().get(Fields.INIT));
        assertEquals(List.of("The weight from unit 1 of layer 1 to output unit 1 starts at 0.5.",
                "The initial weights are now typed weights: the others keep the values they had."), r.lines());
        Network typed = TrainingRun.start(r.state()).network();
        double[] expected = initial.weights(2).clone();
        expected[1] = 0.5;
        assertArrayEquals(expected, typed.weights(2));
        assertArrayEquals(initial.weights(1), typed.weights(1));
        assertEquals(List.of("'abc' is not a number: type a weight like 0.5 or -1.25."),
                NetworkEdit.setWeight(state, initial, 1, 0, 0, "abc").lines());
    }
}
