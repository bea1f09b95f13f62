package org.backproplab.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.Network;
import org.backproplab.engine.UnitPictures;
import org.junit.jupiter.api.Test;

/** What the diagram's unit pictures hand the page, on the JVM: the same Java runs in the browser. */
class UnitPicturesViewTest {
    /** Layer 1's unit 2 has all-zero weights (its column of W⁽¹⁾), the others do not. */
    static final String ZERO_UNIT = "v=2&h=3&epochs=40&init=explicit&w=0.5,0,-1,2,0,1,-1,0,3|0.1,1,-1,2";

    private static Lab lab(String link) {
        Lab lab = new Lab();
        lab.loadLink(link);
        assertEquals("", lab.reset());
        return lab;
    }

    @Test
    void theOutputsPictureIsTheOutputPanelsGridToTheBit() {
        Lab lab = lab("v=2");
        lab.train(7);
        double[] all = lab.diagram().pictureValues(20);
        int[] sizes = lab.run().network().sizes();
        assertArrayEquals(new int[] {2, 10, 10, 1}, sizes);
        assertEquals(23 * 400, all.length);
        double[] grid = lab.grid(20);
        int output = UnitPictures.offset(sizes, 3, 0, 400);
        for (int k = 0; k < 400; k++) {
            assertEquals(Double.doubleToLongBits(grid[k]), Double.doubleToLongBits(all[output + k]), "point " + k);
        }
        // the output panel's larger picture of a unit holds the same values at its own grid
        double[] large = lab.diagram().unitPictureValues(3, 0, 60);
        assertArrayEquals(lab.grid(60), large, 0);
        // the inputs' pictures are the plane's coordinates: x₁ grows to the right, x₂ upwards
        double[] b = lab.bounds();
        assertEquals(b[0] + 0.5 * (b[1] - b[0]) / 20, all[0], 0);
        assertEquals(b[3] - 0.5 * (b[3] - b[2]) / 20, all[400], 0);
    }

    @Test
    void eachUnitHasTheColourScaleOfItsActivation() {
        Lab lab = lab("v=2&h=4,3,2&act=tanh,relu,sigmoid&epochs=40");
        DiagramView view = lab.diagram();
        double[] all = view.pictureValues(20);
        double[] scales = view.pictureScaleValues();
        int[] sizes = {2, 4, 3, 2, 1};
        assertEquals(2 * 12, scales.length);
        double relu = 0;
        for (int j = 0; j < 3; j++) {
            int from = UnitPictures.offset(sizes, 2, j, 400);
            for (int k = from; k < from + 400; k++) {
                relu = Math.max(relu, Math.abs(all[k]));
            }
        }
        assertTrue(relu > 0, "ReLU layer all zero");
        double bound = Math.max(Math.abs(lab.bounds()[0]), Math.max(Math.abs(lab.bounds()[1]),
                Math.max(Math.abs(lab.bounds()[2]), Math.abs(lab.bounds()[3]))));
        double inputs = Math.max(Math.abs(all[0]), 0);
        for (int k = 0; k < 800; k++) {
            inputs = Math.max(inputs, Math.abs(all[k]));
        }
        assertTrue(inputs < bound, inputs + " within the plane's bounds " + bound);
        assertArrayEquals(new double[] {-inputs, inputs, -inputs, inputs,  // x₁, x₂: one scale for the layer
            -1, 1, -1, 1, -1, 1, -1, 1,                                        // tanh
            -relu, relu, -relu, relu, -relu, relu,                             // ReLU: its layer's largest |x|
            0, 1, 0, 1,                                                        // sigmoid
            0, 1}, scales, 0);                                                 // the output, as the output panel
        assertArrayEquals(new String[] {"", "±1", "±" + Numbers(relu), "", ""}, view.pictureLegend());
        assertEquals("unit 2 of layer 1 (tanh) over the input plane: orange -1, white 0, blue 1",
                view.unitPictureCaption(1, 1));
        assertEquals("output unit 1 (sigmoid) over the input plane: orange 0, white 0.5, blue 1",
                view.unitPictureCaption(4, 0));
    }

    private static String Numbers(double v) {
        return org.backproplab.text.Numbers.general(v, 3);
    }

    @Test
    void aUnitWithAllZeroWeightsHasAFlatPictureAndTheOthersDoNot() {
        Lab lab = lab(ZERO_UNIT);
        Network net = lab.run().network();
        assertEquals(0, net.weights(1)[1]);
        double[] all = lab.diagram().pictureValues(20);
        int[] sizes = net.sizes();
        for (int l = 0; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l]; j++) {
                int from = UnitPictures.offset(sizes, l, j, 400);
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int k = from; k < from + 400; k++) {
                    lo = Math.min(lo, all[k]);
                    hi = Math.max(hi, all[k]);
                }
                if (l == 1 && j == 1) {
                    assertEquals(0.5, lo, 0, "σ(0) everywhere");
                    assertEquals(0.5, hi, 0, "σ(0) everywhere");
                } else {
                    assertTrue(hi - lo > 0.05, "unit " + j + " of layer " + l + " is nearly flat: " + lo + " to " + hi);
                }
            }
        }
    }

    @Test
    void aNetworkOfMoreThanTenThousandWeightsHasNoPictures() {
        assertTrue(lab("v=2&h=8,8,8,8,8,8").diagram().hasPictures());
        assertTrue(lab("v=2&h=90,90").diagram().hasPictures()); // 270 + 8190 + 91 = 8551 weights
        assertEquals(10_297, lab("v=2&h=99,99").run().network().parameterCount());
        assertEquals(false, lab("v=2&h=99,99").diagram().hasPictures());
    }

    @Test
    void oneInputHasNoPictures() {
        Lab lab = lab("v=2&data=sin&h=6&act=tanh&out=identity&loss=mse");
        assertEquals(false, lab.diagram().hasPictures());
        assertEquals(0, lab.diagram().pictureValues(20).length);
    }

    /** With input features the pictures are of what the network sees: the inputs' are the features over the plane. */
    @Test
    void withInputFeaturesTheInputsPicturesAreTheFeaturesAndTheOutputIsTheOutputPanels() {
        Lab lab = lab("v=2&data=circle&feat=x1sq,sinx2&h=3&epochs=40");
        lab.train(5);
        assertTrue(lab.diagram().hasPictures());
        double[] all = lab.diagram().pictureValues(20);
        int[] sizes = lab.run().network().sizes();
        assertArrayEquals(new int[] {2, 3, 1}, sizes);
        double[] grid = lab.grid(20);
        int output = UnitPictures.offset(sizes, 2, 0, 400);
        for (int k = 0; k < 400; k++) {
            assertEquals(Double.doubleToLongBits(grid[k]), Double.doubleToLongBits(all[output + k]), "point " + k);
        }
        double[] b = lab.bounds();
        double x1 = b[0] + 0.5 * (b[1] - b[0]) / 20;
        double x2 = b[3] - 0.5 * (b[3] - b[2]) / 20;
        assertEquals(x1 * x1, all[0], 0);
        assertEquals(org.backproplab.engine.PortableMath.sin(x2), all[400], 0);
        // the feature list's thumbnail of x₁² is the same picture
        assertArrayEquals(java.util.Arrays.copyOf(all, 400), lab.diagram().featureMap("x1sq", 20), 0);
    }
}
