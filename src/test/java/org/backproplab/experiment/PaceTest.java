package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaceTest {
    private static double pace(String link) {
        return Pace.epochsPerSecond(LinkCodec.decode(link).state());
    }

    @Test
    void autoIsTheDefaultAndSpreadsARunOverAboutTenSeconds() {
        assertEquals("auto", new ExperimentState().get(Fields.SPEED));
        assertEquals(500, pace("v=2"), "5 000 epochs at 500 a second");
        assertEquals(30, pace("v=2&epochs=300"), "a 300-epoch run slower");
        assertEquals(1, pace("v=2&epochs=3"), "never below one epoch a second");
        assertEquals(500, pace(""), "a page opened without a link");
    }

    @Test
    void fastestAndTheSetRatesStay() {
        assertEquals(0, pace("v=2&speed=max"), "0 means as many as each frame allows");
        assertEquals(10, pace("v=2&speed=10&epochs=300"));
        assertEquals(1000, pace("v=1&speed=1000"));
    }

    @Test
    void oldLinksKeepTheirPace() {
        LinkCodec.Decoded old = LinkCodec.decode("#v=1&opt=sgd");
        assertEquals(List.of(), old.notices(), "a version 1 link is read without a notice");
        assertEquals("max", old.state().get(Fields.SPEED), "links left out the default, which was max");
        assertEquals("v=2&opt=sgd&speed=max", LinkCodec.encode(old.state()), "written again, it says so");
        assertEquals("10", LinkCodec.decode("v=1&speed=10").state().get(Fields.SPEED));
        assertEquals("auto", LinkCodec.decode("v=2&opt=sgd").state().get(Fields.SPEED));
        assertEquals("v=2&opt=sgd", LinkCodec.encode(LinkCodec.decode("v=2&opt=sgd").state()));
        assertTrue(LinkCodec.decode("v=3&opt=sgd").notices().get(0).contains("another version"));
    }

    @Test
    void presetsPlayAtTheNewDefault() {
        for (Presets.Preset p : Presets.all()) {
            assertTrue(p.fragment().startsWith("v=" + LinkCodec.VERSION), p.name());
        }
    }
}
