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

    /** The title compares links, not decoded states: for that, every preset's link must be the canonical one. */
    @Test
    void everyPresetIsKnownByItsLinkWithoutThePageFields() {
        for (Presets.Preset p : Presets.all()) {
            ExperimentState s = LinkCodec.decode(p.fragment()).state();
            assertEquals(p.fragment(), LinkCodec.encode(s), "a canonical link");
            ExperimentState shown = s.copy().with(Fields.VIEW, "train").with(Fields.LANGUAGE, "zh-TW")
                    .with(Fields.PROJECTOR, "on").with(Fields.SPEED, "10");
            assertEquals(LinkCodec.encode(s.copy().with(Fields.VIEW, Fields.VIEW.defaultText())
                    .with(Fields.LANGUAGE, Fields.LANGUAGE.defaultText()).with(Fields.PROJECTOR, Fields.PROJECTOR.defaultText())
                    .with(Fields.SPEED, Fields.SPEED.defaultText()).with(Fields.SETTINGS, Fields.SETTINGS.defaultText())
                    .with(ShareFields.HIDE, ShareFields.HIDE.defaultText())), ExperimentTitle.withoutPage(p.fragment()));
            String first = Presets.all().stream().filter(q -> LinkCodec.decode(q.fragment()).state().copy()
                    .with(Fields.VIEW, "train").equals(s.copy().with(Fields.VIEW, "train"))).findFirst().orElseThrow().title();
            assertEquals(first, ExperimentTitle.of(shown, null), p.fragment());
        }
        assertEquals("v=2&target=0.05&cmpv=0.01,0.1,1", ExperimentTitle.withoutPage("v=2&target=0.05&view=compare&cmpv=0.01,0.1,1"));
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
