package org.backproplab.engine;

/** A choice with a stable id, used in links, files and the command line. */
public interface Named {
    /** The stable id. */
    String id();

    /** The value among {@code values} whose id is {@code id}, or null. */
    static <T extends Named> T byId(T[] values, String id) {
        for (T v : values) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        return null;
    }
}
