package org.backproplab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backproplab.experiment.LinkCodec;
import org.backproplab.experiment.TrainingRun;
import org.backproplab.text.Bits;
import org.backproplab.web.Benchmarks;

/**
 * Times the benchmark workloads on the JVM through {@link TrainingRun}, the product's own path: warm-up runs
 * for the JIT, then timed runs from a fresh start to the epoch limit; the median is reported. Measured once
 * per test JVM and shared, so the JVM and the browser benchmark don't time the JVM twice.
 */
public final class JvmBenchmark {
    /** Timed runs per workload on the JVM ({@code -Dbench.reps=N}). */
    public static final int REPS = Integer.getInteger("bench.reps", 5);
    /** Warm-up runs per workload on the JVM ({@code -Dbench.warm=N}). */
    public static final int WARM = Integer.getInteger("bench.warm", 2);
    /** Timed runs per workload in the browser ({@code -Dbench.browserReps=N}). */
    public static final int REPS_BROWSER = Integer.getInteger("bench.browserReps", 5);

    private static List<Result> measured;

    private JvmBenchmark() {
    }

    /** One workload's timings. */
    public record Result(String name, String fragment, int epochs, double[] ms, String lossBits, boolean deterministic) {
        /** The median of the timed runs in milliseconds. */
        public double medianMs() {
            return median(ms);
        }

        /** Epochs per second at the median run time. */
        public double epochsPerSecond() {
            return epochs / (medianMs() / 1000);
        }

        /** Epochs per second of the fastest run: other work on the machine only ever slows a run down. */
        public double bestEpochsPerSecond() {
            return epochs / (Arrays.stream(ms).min().orElse(Double.NaN) / 1000);
        }
    }

    /** Every workload, measured on first call. */
    public static synchronized List<Result> results() {
        if (measured == null) {
            List<Result> out = new ArrayList<>();
            for (String name : Benchmarks.workloadNames()) {
                out.add(measure(name, Benchmarks.workloadFragment(name)));
            }
            measured = out;
        }
        return measured;
    }

    private static Result measure(String name, String fragment) {
        for (int i = 0; i < WARM; i++) {
            trainFully(fragment);
        }
        double[] ms = new double[REPS];
        String bits = null;
        boolean same = true;
        int epochs = 0;
        for (int r = 0; r < REPS; r++) {
            long t0 = System.nanoTime();
            TrainingRun run = trainFully(fragment);
            ms[r] = (System.nanoTime() - t0) / 1e6;
            String b = Bits.hex(run.lossHistory().last());
            same &= bits == null || bits.equals(b);
            bits = b;
            epochs = run.epoch();
        }
        return new Result(name, fragment, epochs, ms, bits, same);
    }

    /** A fresh run of the experiment trained to its epoch limit (the timed unit, setup included as on the page). */
    public static TrainingRun trainFully(String fragment) {
        TrainingRun run = TrainingRun.start(LinkCodec.decode(fragment).state());
        run.train(Integer.MAX_VALUE);
        return run;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /** The nearest-rank p-th percentile of sorted values. */
    public static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The results as a Markdown table. */
    public static String table(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| workload | epochs | median ms | epochs/s | best epochs/s | runs (ms) | final loss bits |\n");
        sb.append("|---|---:|---:|---:|---:|---|---|\n");
        for (Result r : results) {
            StringBuilder runs = new StringBuilder();
            for (double t : r.ms()) {
                runs.append(runs.length() == 0 ? "" : ", ").append(Math.round(t));
            }
            sb.append("| ").append(r.name()).append(" | ").append(r.epochs()).append(" | ")
                    .append(Math.round(r.medianMs() * 10) / 10.0).append(" | ").append(Math.round(r.epochsPerSecond()))
                    .append(" | ").append(Math.round(r.bestEpochsPerSecond())).append(" | ").append(runs)
                    .append(" | ").append(r.lossBits())
                    .append(r.deterministic() ? "" : " (varies between runs!)").append(" |\n");
        }
        sb.append("\nJVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", ").append(WARM).append(" warm-up + ").append(REPS)
                .append(" timed runs per workload, median.\n");
        return sb.toString();
    }

    /** Writes text to target/bench/NAME and returns the path. */
    public static Path write(String name, String text) {
        try {
            Path dir = Paths.get("target", "bench");
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
