package org.backproplab.data;

/** What a dataset asks the network to learn: a class label or a real value. */
public enum Task {
    CLASSIFICATION,
    REGRESSION
}
