package org.backproplab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The reference cases are read from ../shared/reference; a snapshot under src/test/resources/reference lets the
 * GitHub workflow, which has no shared/ folder, run the same golden tests. This keeps the two identical.
 */
class ReferenceSnapshotTest {
    @Test
    void snapshotEqualsTheSharedReferenceFiles() throws IOException {
        Path shared = Paths.get(System.getProperty("reference.dir", "../shared/reference"));
        Path snapshot = Paths.get("src/test/resources/reference");
        assertTrue(Files.isDirectory(shared), "reference cases missing at " + shared.toAbsolutePath());
        for (String name : new String[] {"README.md", "perceptron-P1.json", "worksheets-W1-W2.json"}) {
            assertArrayEquals(Files.readAllBytes(shared.resolve(name)), Files.readAllBytes(snapshot.resolve(name)),
                    name + " differs between " + shared + " and the snapshot " + snapshot);
        }
    }
}
