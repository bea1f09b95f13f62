package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.backproplab.engine.Activation;
import org.junit.jupiter.api.Test;

/** Readable names for every choice a person sees, and the spellings people type for activations. */
class ChoiceNamesTest {
    private static final String[] NAMED = {"data", "out", "loss", "opt", "sched", "init"};

    @Test
    void everyChoiceHasItsOwnNameAndA繁體中文Translation() throws IOException {
        String zh = Files.readString(Path.of("web/js/i18n-zh.js"));
        for (String key : NAMED) {
            Set<String> seen = new HashSet<>();
            assertTrue(ChoiceNames.named(key), key);
            for (String id : Fields.byKey(key).choices()) {
                String name = ChoiceNames.of(key, id);
                assertNotEquals(id, name, key + "=" + id + " shows its id");
                assertTrue(seen.add(name), key + ": two choices are both called " + name);
                assertTrue(zh.contains("\n  \"" + name + "\": \""), "no 繁體中文 for " + name);
            }
        }
        assertEquals("Binary cross-entropy", ChoiceNames.of("loss", "bce"));
        assertEquals("XOR (easy)", ChoiceNames.of("data", "xor_easy"));
        assertEquals("SGD with momentum", ChoiceNames.of("opt", "momentum"));
        assertEquals("Leaky ReLU", ChoiceNames.of("out", "leaky_relu"));
        assertEquals("on", ChoiceNames.of("bias", "on"), "unnamed choices read as their ids");
    }

    @Test
    void activationsAreFoundByTheSpellingsPeopleWrite() {
        String[][] cases = {{"ReLU", "relu"}, {"RELU", "relu"}, {"Leaky ReLU", "leaky_relu"},
            {"leaky-relu", "leaky_relu"}, {" leaky_relu ", "leaky_relu"}, {"LReLU", "leaky_relu"}, {"tanh", "tanh"},
            {"Tanh", "tanh"}, {"Sigmoid", "sigmoid"}, {"logistic", "sigmoid"}, {"GELU", "gelu_erf"},
            {"GELU (tanh)", "gelu_tanh"}, {"gelu_tanh", "gelu_tanh"}, {"SiLU", "silu"}, {"swish", "silu"},
            {"Swish", "silu"}, {"linear", "identity"}, {"Identity", "identity"}, {"Heaviside", "step"},
            {"signum", "sign"}, {"ELU", "elu"}, {"SoftPlus", "softplus"}};
        for (String[] c : cases) {
            Activation a = Activation.byName(c[0]);
            assertTrue(a != null, c[0]);
            assertEquals(c[1], a.id(), c[0]);
        }
        for (String bad : new String[] {"", "relu6", "leaky", "sigmoid2", "re lu", "<b>"}) {
            assertNull(Activation.byName(bad), bad);
        }
        for (Activation a : Activation.values()) {
            assertSame(a, Activation.byName(a.id()));
            assertSame(a, Activation.byName(ChoiceNames.of("out", a.id())), "its own name finds " + a.id());
        }
    }

    @Test
    void typedNamesAreKeptAsIdsSoLinksStayTheSame() throws Exception {
        assertEquals("relu,leaky_relu", Fields.ACTIVATION.parse("ReLU, Leaky ReLU"));
        assertEquals("tanh,sigmoid", Fields.ACTIVATION.parse("tanh,sigmoid"));
        assertEquals("sigmoid", Fields.OUTPUT.parse("Sigmoid"));
        assertEquals("gelu_erf", Fields.OUTPUT.parse("GELU"));
        assertEquals("2.1=leaky_relu;1.1=tanh 1.2=silu", Fields.NEURONS.parse("2.1=Leaky-ReLU;1.1=TANH 1.2=swish"));

        ExperimentState typed = LinkCodec.decode("#v=1&act=ReLU,Tanh&out=Sigmoid&units=1.1%3DLReLU").state();
        ExperimentState ids = LinkCodec.decode("#v=1&act=relu,tanh&out=sigmoid&units=1.1%3Dleaky_relu").state();
        assertEquals(LinkCodec.encode(ids), LinkCodec.encode(typed));
        TrainingRun a = TrainingRun.start(typed);
        TrainingRun b = TrainingRun.start(ids);
        a.train(20);
        b.train(20);
        assertEquals(Double.doubleToLongBits(b.lossHistory().last()), Double.doubleToLongBits(a.lossHistory().last()));
    }

    @Test
    void aRefusedNameListsTheAcceptedOnes() {
        Field.FieldError e = assertThrows(Field.FieldError.class, () -> Fields.ACTIVATION.parse("relu6"));
        assertTrue(e.getMessage().startsWith("Hidden activation: 'relu6' is not an activation (identity, step, sign,"
                + " sigmoid, tanh, relu, leaky_relu,"), e.getMessage());
        assertTrue(e.getMessage().contains("Leaky ReLU"), e.getMessage());
        e = assertThrows(Field.FieldError.class, () -> Fields.OUTPUT.parse("relu6"));
        assertTrue(e.getMessage().contains("is not one of identity, step"), e.getMessage());
    }
}
