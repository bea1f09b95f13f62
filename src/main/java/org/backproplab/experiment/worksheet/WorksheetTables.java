package org.backproplab.experiment.worksheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Loss;
import org.backproplab.text.Numbers;

/**
 * Lays a {@link WorksheetStep} out as the tables a student fills in by hand, each next to its formula.
 *
 * <p>Each table puts the numbers a computation uses beside the numbers it produces: the forward table of layer l
 * has x⁽ˡ⁻¹⁾ as its first column next to the rows of W⁽ˡ⁾, with s⁽ˡ⁾ and x⁽ˡ⁾ below the columns; the backward table
 * of a hidden layer has δ⁽ˡ⁺¹⁾ across the top of the rows of W⁽ˡ⁺¹⁾; the gradient table has x⁽ˡ⁻¹⁾ down the side and
 * δ⁽ˡ⁾ across the top of the outer product. Cell keys: W:l:i:j, x:l:i, s:l:j, t:k, E, dEdx:l:j, fp:l:j, d:l:j,
 * g:l:i:j, new:W:l:i:j, after:s:l:j, after:x:l:i, after:E, fd:l:i:j (finite differences), dEdx:0:i and J:k:i
 * (∂x⁽ᴸ⁾ₖ/∂x⁽⁰⁾ᵢ) (layers and units 1-based, i = 0 the bias row or entry; a separate b⁽ˡ⁾ⱼ has the key of row 0, so
 * both conventions key the same quantity alike).
 */
final class WorksheetTables {
    private static final String BIAS_LABEL = "0 (bias)";

    private final WorksheetStep step;
    private final WorksheetSetup setup;
    private final boolean row0;
    private final int layers;

    private WorksheetTables(WorksheetStep step) {
        this.step = step;
        this.setup = step.setup();
        this.row0 = setup.convention() == BiasConvention.ROW0;
        this.layers = setup.layerCount();
    }

    static List<Section> of(WorksheetStep step) {
        return new WorksheetTables(step).sections();
    }

    private List<Section> sections() {
        List<Section> out = new ArrayList<>();
        List<Table> forward = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            forward.add(forward(l));
        }
        out.add(new Section("forward", "1 · Forward pass", forward));
        out.add(new Section("error", "2 · Error", List.of(error())));
        List<Table> backward = new ArrayList<>();
        for (int l = layers; l >= 1; l--) {
            backward.add(backward(l));
        }
        out.add(new Section("backward", "3 · Backward pass", backward));
        List<Table> gradients = new ArrayList<>();
        List<Table> updates = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            gradients.add(gradient(l));
            updates.add(update(l));
        }
        out.add(new Section("gradients", "4 · Gradients", gradients));
        out.add(new Section("update", "5 · Update", updates));
        out.add(new Section("after", "6 · Forward pass after the update", List.of(after())));
        List<Table> checks = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            checks.add(finiteDifferences(l));
        }
        out.add(new Section("check", "7 · Gradient check", checks));
        out.add(new Section("input", "8 · Gradient with respect to the input", List.of(input())));
        return out;
    }

    // ---- forward --------------------------------------------------------------------------------------------

    private Table forward(int l) {
        int in = setup.width(l - 1);
        int out = setup.width(l);
        double[] w = step.weights(l);
        List<String> columns = new ArrayList<>();
        columns.add(sub("x", l - 1, "ᵢ"));
        for (int j = 1; j <= out; j++) {
            columns.add(Notation.of("W", l) + "ᵢ" + Notation.sub(j));
        }
        List<Row> rows = new ArrayList<>();
        double[] xPrev = step.x(l - 1);
        if (row0) {
            rows.add(new Row(BIAS_LABEL, prepend(Cell.bias(key("x", l - 1, 0)), weightRow(w, 0, out,
                    key("W", l))), Row.Role.GIVEN, false));
        }
        for (int i = 1; i <= in; i++) {
            rows.add(new Row(Integer.toString(i), prepend(Cell.number(xPrev[i - 1], key("x", l - 1, i)),
                    weightRow(w, i, out, key("W", l))), Row.Role.GIVEN, false));
        }
        if (!row0) {
            rows.add(new Row(sub("b", l, "ⱼ"), prepend(Cell.BLANK, weightRow(w, 0, out, key("W", l))),
                    Row.Role.GIVEN, false));
        }
        rows.add(new Row(sub("s", l, "ⱼ"), prepend(Cell.BLANK, results(step.s(l), key("s", l))), Row.Role.RESULT,
                false));
        List<Cell> names = new ArrayList<>();
        names.add(Cell.BLANK);
        for (int j = 0; j < out; j++) {
            names.add(Cell.text(setup.activation(l, j).id()));
        }
        rows.add(new Row("f", names, Row.Role.NOTE, false));
        rows.add(new Row(sub("x", l, "ⱼ"), prepend(Cell.BLANK, results(step.x(l), key("x", l))), Row.Role.RESULT,
                false));

        List<String> formulas = new ArrayList<>();
        String s = Notation.of("s", l);
        String xl = Notation.of("x", l);
        String xp = Notation.of("x", l - 1);
        String wl = Notation.of("W", l);
        if (row0) {
            formulas.add(s + " = " + wl + "ᵀ " + xp + ":  " + s + "ⱼ = Σᵢ " + xp + "ᵢ " + wl + "ᵢⱼ, from i = 0 (the bias"
                    + " input " + xp + "₀ = 1)");
        } else {
            formulas.add(s + " = " + wl + "ᵀ " + xp + " + " + Notation.of("b", l) + ":  " + s + "ⱼ = Σᵢ " + xp + "ᵢ "
                    + wl + "ᵢⱼ + " + Notation.of("b", l) + "ⱼ");
        }
        formulas.add(xl + " = f(" + s + "), unit by unit" + (row0 && l < layers ? "; the next layer also gets "
                + xl + "₀ = 1" : ""));
        for (Activation a : distinctActivations(l)) {
            formulas.add(a.id() + ": " + a.formula());
        }
        String title = "Layer " + l + (l == layers ? " (output)" : "");
        return new Table("forward-" + l, title, formulas, "i", columns, rows);
    }

    // ---- error ----------------------------------------------------------------------------------------------

    private Table error() {
        int k = setup.width(layers);
        String y = Notation.of("x", layers);
        List<Row> rows = new ArrayList<>();
        double[] out = step.x(layers);
        double[] t = setup.target();
        for (int i = 1; i <= k; i++) {
            rows.add(new Row(Integer.toString(i), List.of(Cell.number(out[i - 1], key("x", layers, i)),
                    Cell.number(t[i - 1], key("t", i))), Row.Role.GIVEN, false));
        }
        rows.add(new Row("E", List.of(Cell.result(step.error(), "E")), Row.Role.RESULT, true));
        List<String> formulas = List.of(setup.loss().formula() + ", with y = " + y + " (the network's output) and t"
                + " the target");
        return new Table("error", "Error E", formulas, "k", List.of("yₖ = " + y + "ₖ", "tₖ"), rows);
    }

    // ---- backward -------------------------------------------------------------------------------------------

    private Table backward(int l) {
        int units = setup.width(l);
        String d = Notation.of("δ", l);
        String xl = Notation.of("x", l);
        String s = Notation.of("s", l);
        List<String> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        double[] dEdx = step.dEdx(l);
        double[] fp = step.fPrime(l);
        double[] delta = step.delta(l);
        int next = l < layers ? setup.width(l + 1) : 0;
        if (l < layers) {
            String wn = Notation.of("W", l + 1);
            String dn = Notation.of("δ", l + 1);
            for (int k = 1; k <= next; k++) {
                columns.add(wn + "ⱼ" + Notation.sub(k));
            }
            List<Cell> across = new ArrayList<>(numbers(step.delta(l + 1), key("d", l + 1)));
            for (int c = 0; c < 3; c++) {
                across.add(Cell.BLANK);
            }
            rows.add(new Row(dn + "ₖ", across, Row.Role.ACROSS, false));
            formulas.add("∂E/∂" + xl + " = " + wn + " " + dn + " " + biasesPassNoDelta() + ":  ∂E/∂" + xl + "ⱼ = Σₖ "
                    + wn + "ⱼₖ " + dn + "ₖ");
            formulas.add(d + " = f′(" + s + ") ⊙ " + wn + " " + dn + ", that is " + d + "ⱼ = f′(" + s + "ⱼ) · ∂E/∂"
                    + xl + "ⱼ");
        } else {
            formulas.add(d + " = ∂E/∂" + xl + " ⊙ f′(" + s + ")");
            formulas.add(Notation.lossGradient(setup.loss()) + " at y = " + xl);
            if (setup.loss() == Loss.BCE && distinctActivations(l).contains(Activation.SIGMOID)) {
                formulas.add("sigmoid outputs under cross-entropy: " + d + " = (y − t)/K directly, the same value"
                        + " without 0/0 when y saturates");
            }
        }
        columns.add("∂E/∂" + xl + "ⱼ");
        columns.add("f′(" + s + "ⱼ)");
        columns.add(d + "ⱼ");
        double[] w = l < layers ? step.weights(l + 1) : null;
        for (int j = 1; j <= units; j++) {
            List<Cell> cells = new ArrayList<>();
            if (w != null) {
                cells.addAll(weightRow(w, j, next, key("W", l + 1)));
            }
            cells.add(Cell.result(dEdx[j - 1], key("dEdx", l, j)));
            cells.add(Cell.result(fp[j - 1], key("fp", l, j)));
            cells.add(Cell.result(delta[j - 1], key("d", l, j)));
            rows.add(new Row(Integer.toString(j), cells, Row.Role.RESULT, false));
        }
        for (Activation a : distinctActivations(l)) {
            formulas.add(a.id() + ": " + Notation.derivative(a));
        }
        String title = d + (l == layers ? " (output layer)" : "");
        return new Table("backward-" + l, title, formulas, "j", columns, rows);
    }

    // ---- gradients ------------------------------------------------------------------------------------------

    private Table gradient(int l) {
        int in = setup.width(l - 1);
        int out = setup.width(l);
        double[] g = step.gradients(l);
        double[] xPrev = step.x(l - 1);
        String d = Notation.of("δ", l);
        String xp = Notation.of("x", l - 1);
        String name = "∂E/∂" + Notation.of("W", l);
        List<String> columns = new ArrayList<>();
        columns.add(xp + "ᵢ");
        for (int j = 1; j <= out; j++) {
            columns.add(name + "ᵢ" + Notation.sub(j));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(d + "ⱼ", prepend(Cell.BLANK, numbers(step.delta(l), key("d", l))), Row.Role.ACROSS,
                false));
        if (row0) {
            rows.add(new Row(BIAS_LABEL, prepend(Cell.bias(key("x", l - 1, 0)), resultRow(g, 0, out, key("g", l))),
                    Row.Role.RESULT, false));
        }
        for (int i = 1; i <= in; i++) {
            rows.add(new Row(Integer.toString(i), prepend(Cell.number(xPrev[i - 1], key("x", l - 1, i)),
                    resultRow(g, i, out, key("g", l))), Row.Role.RESULT, false));
        }
        List<String> formulas = new ArrayList<>();
        formulas.add(name + " = " + xp + " (" + d + ")ᵀ:  " + name + "ᵢⱼ = " + xp + "ᵢ " + d + "ⱼ"
                + (row0 ? ", row 0 from the bias input 1" : ""));
        String title = name;
        if (!row0) {
            String b = "∂E/∂" + Notation.of("b", l);
            rows.add(new Row(b + "ⱼ", prepend(Cell.BLANK, resultRow(g, 0, out, key("g", l))), Row.Role.RESULT, false));
            formulas.add(b + " = " + d);
            title = name + " and " + b;
        }
        return new Table("gradient-" + l, title, formulas, "i", columns, rows);
    }

    // ---- update ---------------------------------------------------------------------------------------------

    private Table update(int l) {
        int out = setup.width(l);
        double[] w = step.updated(l);
        String wl = Notation.of("W", l);
        List<String> columns = new ArrayList<>();
        for (int j = 1; j <= out; j++) {
            columns.add(wl + "ᵢ" + Notation.sub(j));
        }
        List<Row> rows = matrixRows(w, l, key("new:W", l));
        List<String> formulas = new ArrayList<>();
        formulas.add(wl + " ← " + wl + " − η ∂E/∂" + wl + ", η = " + step.eta());
        String title = wl + " after the update";
        if (!row0) {
            String b = Notation.of("b", l);
            formulas.add(b + " ← " + b + " − η ∂E/∂" + b);
            title = wl + " and " + b + " after the update";
        }
        return new Table("update-" + l, title, formulas, "i", columns, rows);
    }

    // ---- forward pass after the update ----------------------------------------------------------------------

    private Table after() {
        int widest = 0;
        for (int l = 0; l <= layers; l++) {
            widest = Math.max(widest, setup.width(l));
        }
        List<String> columns = new ArrayList<>();
        if (row0) {
            columns.add(BIAS_LABEL);
        }
        for (int j = 1; j <= widest; j++) {
            columns.add(Integer.toString(j));
        }
        List<Row> rows = new ArrayList<>();
        for (int l = 0; l <= layers; l++) {
            if (l > 0) {
                List<Cell> cells = new ArrayList<>();
                if (row0) {
                    cells.add(Cell.BLANK);
                }
                cells.addAll(results(step.sAfter(l), key("after:s", l)));
                rows.add(new Row(Notation.of("s", l), pad(cells, columns.size()), Row.Role.RESULT, false));
            }
            List<Cell> cells = new ArrayList<>();
            if (row0) {
                cells.add(l < layers ? Cell.bias(key("after:x", l, 0)) : Cell.BLANK);
            }
            cells.addAll(l == 0 ? numbers(step.xAfter(l), key("after:x", l))
                    : results(step.xAfter(l), key("after:x", l)));
            rows.add(new Row(Notation.of("x", l), pad(cells, columns.size()), l == 0 ? Row.Role.GIVEN
                    : Row.Role.RESULT, false));
        }
        rows.add(new Row("E before the update", List.of(Cell.number(step.error(), "E")), Row.Role.GIVEN, true));
        rows.add(new Row("E after the update", List.of(Cell.result(step.errorAfter(), "after:E")), Row.Role.RESULT,
                true));
        List<String> formulas = List.of("the same input and the updated weights: " + Notation.of("s", 1) + " = "
                + Notation.of("W", 1) + "ᵀ " + Notation.of("x", 0) + (row0 ? "" : " + " + Notation.of("b", 1))
                + ", " + Notation.of("x", 1) + " = f(" + Notation.of("s", 1) + "), … , " + setup.loss().formula());
        return new Table("after", "Forward pass with the updated weights", formulas, "", columns, rows);
    }

    // ---- gradient check -------------------------------------------------------------------------------------

    private Table finiteDifferences(int l) {
        int out = setup.width(l);
        double[] fd = step.finiteDifferences(l);
        String wl = Notation.of("W", l);
        String name = "∂E/∂" + wl;
        List<String> columns = new ArrayList<>();
        for (int j = 1; j <= out; j++) {
            columns.add(name + "ᵢ" + Notation.sub(j));
        }
        List<Row> rows = matrixRows(fd, l, key("fd", l));
        // the gap is rounding-sized, far below the 6 decimals of the numbers: shown in scientific notation, as text
        rows.add(new Row("largest difference from backprop", List.of(Cell.text(Numbers.sci(
                step.largestFiniteDifferenceGap(l), 1))), Row.Role.NOTE, true));
        String h = "h = " + WorksheetStep.FINITE_DIFFERENCE_STEP_TEXT;
        List<String> formulas = List.of(
                name + "ᵢⱼ ≈ (E(" + wl + "ᵢⱼ + h) − E(" + wl + "ᵢⱼ − h)) / 2h, " + h + ": two forward passes per weight,"
                        + " the other weights as they are",
                "no chain rule: where these agree with 4 · Gradients, the backward pass is right");
        return new Table("check-" + l, name + " by finite differences", formulas, "i", columns, rows);
    }

    // ---- gradient with respect to the input -----------------------------------------------------------------

    private Table input() {
        int in = setup.width(0);
        int k = setup.width(layers);
        String x0 = Notation.of("x", 0);
        String xL = Notation.of("x", layers);
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= in; i++) {
            columns.add(x0 + Notation.sub(i));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(x0 + "ᵢ", numbers(step.x(0), key("x", 0)), Row.Role.GIVEN, false));
        rows.add(new Row("∂E/∂" + x0 + "ᵢ", results(step.dEdx(0), key("dEdx", 0)), Row.Role.RESULT, false));
        double[][] jacobian = step.inputJacobian();
        for (int o = 1; o <= k; o++) {
            rows.add(new Row("∂" + xL + Notation.sub(o) + "/∂" + x0 + "ᵢ", results(jacobian[o - 1], key("J", o)),
                    Row.Role.RESULT, false));
        }
        // With the biases as row 0, W̄ names W without that row; a separate W has no bias row to leave out.
        StringBuilder chain = new StringBuilder();
        for (int l = layers; l >= 1; l--) {
            chain.append(l < layers ? " " : "").append("diag(f′(").append(Notation.of("s", l)).append(")) ")
                    .append(Notation.of(row0 ? "W̄" : "W", l)).append("ᵀ");
        }
        String d1 = Notation.of("δ", 1);
        String w1 = Notation.of("W", 1);
        List<String> formulas = List.of(
                "∂E/∂" + x0 + " = " + w1 + " " + d1 + " " + biasesPassNoDelta() + ":  ∂E/∂" + x0 + "ᵢ = Σⱼ " + w1
                        + "ᵢⱼ " + d1 + "ⱼ, the backward pass carried on to the input",
                "∂" + xL + "/∂" + x0 + " = " + chain + (row0 ? ", W̄ = W without its bias row (the biases drop out)"
                        : ", the biases b drop out"));
        return new Table("input", "∂E/∂" + x0 + " and ∂" + xL + "/∂" + x0, formulas, "", columns, rows);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /**
     * Why W δ stops short of the biases: with row 0 the product leaves that row out (the constant input 1 gets no
     * gradient); a separate W has no bias row, its rows are the inputs 1, 2, …, and b simply is not in the product.
     */
    private String biasesPassNoDelta() {
        return row0 ? "without row 0 (the bias row)" : "(the biases b do not pass δ back)";
    }

    /**
     * The rows of a matrix of layer l that the table computes (W⁽ˡ⁾'s shape, row-major, biases in row 0), in the
     * convention's order: the bias row first as row 0, or last as b⁽ˡ⁾ⱼ; keyed prefix:i:j either way.
     */
    private List<Row> matrixRows(double[] m, int l, String prefix) {
        int in = setup.width(l - 1);
        int out = setup.width(l);
        List<Row> rows = new ArrayList<>();
        if (row0) {
            rows.add(new Row(BIAS_LABEL, resultRow(m, 0, out, prefix), Row.Role.RESULT, false));
        }
        for (int i = 1; i <= in; i++) {
            rows.add(new Row(Integer.toString(i), resultRow(m, i, out, prefix), Row.Role.RESULT, false));
        }
        if (!row0) {
            rows.add(new Row(Notation.of("b", l) + "ⱼ", resultRow(m, 0, out, prefix), Row.Role.RESULT, false));
        }
        return rows;
    }

    /** Row i of a row-major matrix with {@code columns} columns, keyed prefix:i:j. */
    private static List<Cell> weightRow(double[] w, int i, int columns, String prefix) {
        List<Cell> out = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            out.add(Cell.number(w[i * columns + j], prefix + ":" + i + ":" + (j + 1)));
        }
        return out;
    }

    /** The same row as {@link #weightRow} for a matrix this table computes. */
    private static List<Cell> resultRow(double[] w, int i, int columns, String prefix) {
        List<Cell> out = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            out.add(Cell.result(w[i * columns + j], prefix + ":" + i + ":" + (j + 1)));
        }
        return out;
    }

    /** Cells for a vector keyed prefix:1 … prefix:n. */
    private static List<Cell> numbers(double[] v, String prefix) {
        List<Cell> out = new ArrayList<>();
        for (int j = 0; j < v.length; j++) {
            out.add(Cell.number(v[j], prefix + ":" + (j + 1)));
        }
        return out;
    }

    /** The same cells as {@link #numbers} for a vector this table computes. */
    private static List<Cell> results(double[] v, String prefix) {
        List<Cell> out = new ArrayList<>();
        for (int j = 0; j < v.length; j++) {
            out.add(Cell.result(v[j], prefix + ":" + (j + 1)));
        }
        return out;
    }

    private static List<Cell> prepend(Cell first, List<Cell> rest) {
        List<Cell> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static List<Cell> pad(List<Cell> cells, int size) {
        List<Cell> out = new ArrayList<>(cells);
        while (out.size() < size) {
            out.add(Cell.BLANK);
        }
        return out;
    }

    private Set<Activation> distinctActivations(int l) {
        Set<Activation> out = new LinkedHashSet<>();
        for (int j = 0; j < setup.width(l); j++) {
            out.add(setup.activation(l, j));
        }
        return out;
    }

    private static String key(String name, int l) {
        return name + ":" + l;
    }

    private static String key(String name, int l, int i) {
        return name + ":" + l + ":" + i;
    }

    private static String sub(String symbol, int l, String index) {
        return Notation.of(symbol, l) + index;
    }
}
