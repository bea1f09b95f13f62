package org.backproplab.web;

import org.backproplab.engine.PortableMath;
import org.backproplab.text.Bits;
import org.backproplab.text.Decimals;
import org.backproplab.text.Numbers;
import org.teavm.jso.JSExport;

/**
 * Runs the numeric building blocks on values given as exact IEEE-754 bits, so a browser test can compare the
 * browser's results with the JVM's bit for bit (formatting, decimal parsing, elementary functions).
 */
public final class Diagnostics {
    Diagnostics() {
    }

    /** fn applied to each value; values and results are 16-hex-digit bit patterns separated by commas. */
    @JSExport
    public String portable(String fn, String bits) {
        String[] parts = bits.split(",");
        StringBuilder out = new StringBuilder();
        if (fn.equals("sigmoidLayer")) { // σ over the whole array at once: the training loop's path
            double[] s = new double[parts.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = Bits.fromHex(parts[i]);
            }
            double[] x = new double[s.length];
            PortableMath.sigmoid(s, x, s.length);
            for (int i = 0; i < x.length; i++) {
                out.append(i > 0 ? "," : "").append(Bits.hex(x[i]));
            }
            return out.toString();
        }
        for (String p : parts) {
            double x = Bits.fromHex(p);
            double y;
            switch (fn) {
                case "exp": y = PortableMath.exp(x); break;
                case "expm1": y = PortableMath.expm1(x); break;
                case "log": y = PortableMath.log(x); break;
                case "log1p": y = PortableMath.log1p(x); break;
                case "tanh": y = PortableMath.tanh(x); break;
                case "erf": y = PortableMath.erf(x); break;
                case "sin": y = PortableMath.sin(x); break;
                case "cos": y = PortableMath.cos(x); break;
                case "sigmoid": y = PortableMath.sigmoid(x); break;
                default: throw new IllegalArgumentException(fn);
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(Bits.hex(y));
        }
        return out.toString();
    }

    /** Each value formatted by Numbers: "fixed", "sci" or "general" with the given digits, joined by '|'. */
    @JSExport
    public String format(String style, int digits, String bits) {
        StringBuilder out = new StringBuilder();
        for (String p : bits.split(",")) {
            double x = Bits.fromHex(p);
            String s = style.equals("fixed") ? Numbers.fixed(x, digits) : style.equals("sci") ? Numbers.sci(x, digits)
                    : Numbers.general(x, digits);
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(s);
        }
        return out.toString();
    }

    /** The bits of each decimal text as read by the fields' parser; texts separated by '|'. */
    @JSExport
    public String parse(String texts) {
        StringBuilder out = new StringBuilder();
        for (String t : texts.split("\\|")) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(Bits.hex(Decimals.parse(t)));
        }
        return out.toString();
    }
}
