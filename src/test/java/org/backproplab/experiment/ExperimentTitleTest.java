package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExperimentTitleTest {
    @Test
    void aPresetIsCalledByItsNameHoweverThePageShowsIt() {
        ExperimentState s = LinkCodec.decode("v=1&opt=sgd&batch=1&proj=on&lang=zh-TW&speed=10&settings=folded")
                .state();
        assertEquals("XOR-easy · 2×10 sigmoid · cross-entropy · SGD lr 0.1 · online (batch 1)",
                ExperimentTitle.of(s, new int[] {2, 10, 10, 1}));
    }

    @Test
    void aPresetWhoseNameNeedsItsGroupGetsIt() {
        Presets.Preset runge = Presets.all().stream().filter(p -> p.name().startsWith("The same")).findFirst()
                .orElseThrow();
        assertEquals("Runge's function 1/(1+25x²) · The same, trained for 3000 epochs",
                ExperimentTitle.of(LinkCodec.decode(runge.fragment()).state(), null));
    }

    @Test
    void anythingElseIsCalledByItsParts() {
        ExperimentState s = LinkCodec.decode("v=1&data=spiral&h=8&act=tanh&opt=adam&lr=0.01").state();
        assertEquals("Spiral · 2-8-1 · Tanh → Sigmoid · Binary cross-entropy · Adam · η 0.01",
                ExperimentTitle.of(s, new int[] {2, 8, 1}), "readable names, as in the menus");
        assertEquals("Spiral · ?-8-? · Tanh → Sigmoid · Binary cross-entropy · Adam · η 0.01", ExperimentTitle.of(s, null));
        assertEquals("XOR-easy · 2×10 sigmoid · cross-entropy · momentum 0.9",
                ExperimentTitle.of(LinkCodec.decode("#v=1").state(), null), "an old link of a preset, at its old pace");
    }

    @Test
    void theSettingsPanelFieldTakesItsThreeStatesAndNothingElse() {
        ExperimentState s = new ExperimentState();
        assertEquals("auto", s.text(Fields.SETTINGS));
        assertEquals(null, s.set(Fields.SETTINGS, "folded"));
        assertEquals("v=2&settings=folded", LinkCodec.encode(s));
        assertEquals("folded", LinkCodec.decode("v=1&settings=folded").state().text(Fields.SETTINGS));
        assertEquals(1, LinkCodec.decode("v=1&settings=sideways").notices().size());
    }
}
