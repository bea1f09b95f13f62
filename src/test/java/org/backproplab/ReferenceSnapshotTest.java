package org.backproplab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The reference cases are read from ../shared/reference; a snapshot under src/test/resources/reference lets a
 * plain clone (and the GitHub workflow), which have no shared/ folder, run the same golden tests. This keeps the
 * two identical whenever both are there; .ci/test says which one a run used.
 */
class ReferenceSnapshotTest {
    private static final String[] FILES = {"README.md", "perceptron-P1.json", "worksheets-W1-W2.json"};

    @Test
    void snapshotEqualsTheSharedReferenceFiles() throws IOException {
        Path reference = Paths.get(System.getProperty("reference.dir", "../shared/reference"));
        Path snapshot = Paths.get("src/test/resources/reference");
        assertTrue(Files.isDirectory(reference), "reference cases missing at " + reference.toAbsolutePath());
        Assumptions.assumeFalse(Files.isSameFile(reference, snapshot),
                "this run reads the snapshot itself (no ../shared beside the clone): nothing to compare it with");
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(name)), Files.readAllBytes(snapshot.resolve(name)),
                    name + " differs between " + reference + " and the snapshot " + snapshot);
        }
    }
}
