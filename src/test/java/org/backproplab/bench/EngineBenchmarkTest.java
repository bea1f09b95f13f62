package org.backproplab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.backproplab.web.Benchmarks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Epochs per second of the benchmark workloads on the JVM (a benchmark, not a timed test: it prints the table
 * and checks only that every run trained to its limit and gave the same bits each time). Run with
 * {@code mvn -B -o -q verify -Pbench}.
 */
@Tag("bench")
class EngineBenchmarkTest {
    @Test
    void printsEpochsPerSecondOfEachWorkloadOnTheJvm() {
        List<JvmBenchmark.Result> results = JvmBenchmark.results();
        List<JvmBenchmark.NumpyResult> numpy = JvmBenchmark.numpy();
        String table = "## JVM\n\n" + JvmBenchmark.table(results) + "\n## numpy\n\n"
                + JvmBenchmark.numpyTable(numpy, results, null);
        Path file = JvmBenchmark.write("jvm.md", table);
        System.out.println(table);
        System.out.println("(written to " + file + ")");
        assertEquals(Benchmarks.workloadNames().length, results.size());
        assertEquals(List.of(5000, 10000, 300, 1000), results.stream().map(JvmBenchmark.Result::epochs).toList(),
                "every workload trains to its epoch limit");
        for (JvmBenchmark.Result r : results) {
            assertTrue(r.deterministic(), r.name() + " gave different bits on repeated runs");
            assertEquals(r.sampleLossBits(), r.lossBits(), r.name() + ": batched and sample-by-sample bits");
        }
        for (JvmBenchmark.NumpyResult r : numpy) {
            assertNull(r.problem(), "numpy benchmark of " + r.name());
        }
    }
}
