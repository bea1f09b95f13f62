package org.backproplab.experiment.worksheet;

import org.backproplab.engine.Named;

/** How the student writes biases: as row 0 of W (weights of a constant input 1) or as a separate vector b. */
public enum BiasConvention implements Named {
    /** W⁽ˡ⁾ has n⁽ˡ⁻¹⁾ + 1 rows, row 0 holding the biases; x⁽ˡ⁾ carries the bias entry 1 on top. */
    ROW0("row0", "bias as row 0 of W, with input 1"),
    /** W⁽ˡ⁾ has n⁽ˡ⁻¹⁾ rows and s⁽ˡ⁾ = W⁽ˡ⁾ᵀ x⁽ˡ⁻¹⁾ + b⁽ˡ⁾. */
    SEPARATE("separate", "separate bias vector b");

    private final String id;
    private final String label;

    BiasConvention(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    /** How the convention is described on the page. */
    public String label() {
        return label;
    }

    /** The convention with this id, or null. */
    public static BiasConvention byId(String id) {
        return Named.byId(values(), id);
    }

    /** The other convention. */
    BiasConvention other() {
        return this == ROW0 ? SEPARATE : ROW0;
    }
}
