package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevantFieldsTest {
    private static List<String> unused(String fragment) {
        return RelevantFields.unused(LinkCodec.decode(fragment).state());
    }

    @Test
    void defaultExperimentHidesEverythingItDoesNotUse() {
        // xor_easy is fixed data, momentum has μ only, the rate is constant, Xavier has no parameters
        assertEquals(List.of("n", "noise", "dseed", "tgrid", "f", "csv", "b1", "b2", "eps", "rho", "gamma", "every",
                "ia", "ib", "w"), unused(""));
    }

    @Test
    void aTestGridIsOfferedForCurvesOnly() {
        for (String curve : List.of("runge", "sin", "abs", "step", "formula")) {
            assertFalse(unused("data=" + curve).contains("tgrid"), curve);
        }
        assertTrue(unused("data=csv_xy").contains("tgrid"), "CSV points have no function to sample");
        assertTrue(unused("data=moons").contains("tgrid"));
    }

    @Test
    void optimizerShowsOnlyItsOwnParameters() {
        List<String> adam = unused("opt=adam");
        assertFalse(adam.contains("b1") || adam.contains("b2") || adam.contains("eps"));
        assertTrue(adam.contains("mom") && adam.contains("rho"));
        List<String> rms = unused("opt=rmsprop");
        assertFalse(rms.contains("rho") || rms.contains("eps"));
        assertTrue(rms.contains("b1") && rms.contains("mom"));
        List<String> sgd = unused("opt=sgd");
        assertTrue(sgd.containsAll(List.of("mom", "b1", "b2", "eps", "rho")));
    }

    @Test
    void dataSeedMattersOnlyWhenSomethingIsDrawn() {
        assertTrue(unused("data=runge").contains("dseed"));
        assertFalse(unused("data=runge").contains("n"));
        assertFalse(unused("data=runge&noise=0.1").contains("dseed"));
        assertFalse(unused("data=runge&val=0.3").contains("dseed"));
        assertFalse(unused("data=spiral").contains("dseed"));
        assertTrue(unused("data=linear").contains("noise"));
    }

    @Test
    void scheduleAndInitParametersFollowTheirKind() {
        assertFalse(unused("sched=step").contains("gamma"));
        assertFalse(unused("sched=exponential").contains("every"));
        List<String> constant = unused("init=constant");
        assertFalse(constant.contains("ia"));
        assertTrue(constant.contains("ib"));
        assertFalse(unused("init=normal").contains("ib"));
        assertFalse(unused("init=explicit").contains("w"));
        assertFalse(unused("data=formula").contains("f"));
        assertFalse(unused("data=csv_xy").contains("csv"));
    }
}
