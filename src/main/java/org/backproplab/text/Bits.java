package org.backproplab.text;

/**
 * A double's exact IEEE-754 bits as 16 hex digits, and back: how the command line, the page and the tests
 * compare numbers bit for bit without any decimal rounding in between.
 */
public final class Bits {
    private Bits() {
    }

    /** 16 hex digits of the raw bits of v. */
    public static String hex(double v) {
        String hex = Long.toHexString(Double.doubleToRawLongBits(v));
        return "0000000000000000".substring(hex.length()) + hex;
    }

    /** The double whose raw bits are the 16 hex digits. */
    public static double fromHex(String hex) {
        String h = hex.trim();
        // two halves: parseUnsignedLong is missing from TeaVM's class library
        long hi = Long.parseLong(h.substring(0, 8), 16);
        long lo = Long.parseLong(h.substring(8), 16);
        return Double.longBitsToDouble((hi << 32) | lo);
    }
}
