package org.backproplab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCodecTest {
    private static LinkCodec.Decoded decode(String link) {
        return LinkCodec.decode(link);
    }

    @Test
    void plusIsAPlusSignNotASpace() {
        LinkCodec.Decoded d = decode("#v=2&lr=1e+0&data=formula&f=x+1");
        assertEquals(List.of(), d.notices());
        assertEquals(1.0, d.state().get(Fields.RATE));
        assertEquals("x+1", d.state().get(Fields.FORMULA));
        assertEquals("v=2&data=formula&f=x%2B1&lr=1e%2B0", LinkCodec.encode(d.state()));
    }

    @Test
    void aFragmentEscapedAsAWholeIsRepaired() {
        LinkCodec.Decoded d = decode("https://lab.example/#v%3D1%26lr%3D0.5%26opt%3Dsgd");
        assertEquals(List.of(), d.notices());
        assertEquals(0.5, d.state().get(Fields.RATE));
        assertEquals("sgd", d.state().get(Fields.OPTIMIZER));
    }

    @Test
    void htmlEscapedAmpersandsAreRead() {
        LinkCodec.Decoded d = decode("#v=1&amp;lr=0.5&amp;opt=sgd");
        assertEquals(List.of(), d.notices());
        assertEquals("sgd", d.state().get(Fields.OPTIMIZER));
    }

    @Test
    void unescapedUnicodeIsTakenAsItIsAndSpacesAroundTheLinkAreIgnored() {
        LinkCodec.Decoded d = decode("  #v=1&data=csv&csv=x,y,é😀&lr=0.5\n");
        assertEquals(List.of(), d.notices());
        assertEquals("x,y,é😀", d.state().get(Fields.CSV));
        assertEquals(0.5, d.state().get(Fields.RATE));
    }

    @Test
    void queryLinksAndQuestionMarksInsideValues() {
        assertEquals(0.5, decode("https://lab.example/index.html?v=1&lr=0.5").state().get(Fields.RATE));
        assertEquals("a?b", decode("v=1&csv=a?b").state().get(Fields.CSV));
    }

    @Test
    void aRepeatedKeyKeepsTheLastUsableValueAndSaysSo() {
        LinkCodec.Decoded d = decode("#v=1&lr=0.5&lr=abc");
        assertEquals(0.5, d.state().get(Fields.RATE));
        assertEquals(List.of("Learning rate appears more than once in the link; the last usable value counts.",
                "Learning rate: 'abc' is not a number — the earlier value in the link was kept."), d.notices());
        assertEquals(0.25, decode("#v=1&lr=0.5&lr=0.25").state().get(Fields.RATE));
    }

    @Test
    void damagedEscapesAndMissingValuesKeepTheDefault() {
        LinkCodec.Decoded d = decode("#v=1&lr=0%2&opt&data=%C3%28");
        assertEquals(0.1, d.state().get(Fields.RATE));
        assertEquals(List.of("Learning rate: the link's value is damaged; the default was kept.",
                "Optimizer: the link gives no value; the default was kept.",
                "Dataset: the link's value is damaged; the default was kept."), d.notices());
    }

    @Test
    void noticesHaveNoControlOrDirectionCharactersAndAreCountedAndCut() {
        LinkCodec.Decoded d = decode("#v=1&%E2%80%AEtxt.exe=1");
        assertEquals(List.of("Ignored an unknown setting '?txt.exe'."), d.notices());
        StringBuilder many = new StringBuilder("v=1");
        for (int i = 0; i < 30; i++) {
            many.append("&k").append(i).append("=1");
        }
        List<String> notices = decode(many.toString()).notices();
        assertEquals(LinkCodec.MAX_NOTICES + 1, notices.size());
        assertEquals("More problems in the link were not listed.", notices.get(LinkCodec.MAX_NOTICES));
        String longNotice = LinkCodec.plain("x".repeat(1000));
        assertEquals(LinkCodec.MAX_NOTICE_LENGTH + 1, longNotice.length());
        assertEquals('…', longNotice.charAt(LinkCodec.MAX_NOTICE_LENGTH));
    }

    @Test
    void anotherVersionIsReadFieldByField() {
        LinkCodec.Decoded d = decode("#v=3&lr=0.5");
        assertEquals(0.5, d.state().get(Fields.RATE));
        assertEquals(List.of("This link was made by another version of Backprop Lab (3); its settings were read one by "
                + "one."), d.notices());
    }

    @Test
    void hiddenControlsAreValidatedKeysOrGroups() {
        LinkCodec.Decoded d = decode("#v=1&hide=data,lr,tabs");
        assertEquals(List.of(), d.notices());
        assertEquals(List.of("data", "n", "noise", "dseed", "val", "test", "tgrid", "f", "csv", "lr", "tabs"),
                HiddenControls.resolve(d.state()));
        LinkCodec.Decoded bad = decode("#v=1&hide=data,<b>");
        assertEquals("", bad.state().get(ShareFields.HIDE));
        assertEquals(List.of("Fixed settings: '<b>' is neither a setting's key nor one of data, network, training, "
                + "init, compare, tabs, tools — the default was kept."), bad.notices());
        assertEquals("Fixed settings: the list of fixed settings can't hide itself",
                new ExperimentState().set(ShareFields.HIDE, "hide"));
    }
}
