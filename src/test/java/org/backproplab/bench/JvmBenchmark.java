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
import org.backproplab.experiment.Fields;
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

    /**
     * One workload's timings: {@code ms} through the batched kernels (the product's path), {@code sampleMs} through
     * the sample-by-sample path they replaced, the two alternating run by run so that a busy moment hits both.
     */
    public record Result(String name, String fragment, int epochs, double[] ms, double[] sampleMs, String lossBits,
            String sampleLossBits, boolean deterministic, double flopsPerEpoch) {
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

        /** Epochs per second of the sample-by-sample path at its median run time. */
        public double sampleEpochsPerSecond() {
            return epochs / (median(sampleMs) / 1000);
        }

        /** GFLOP/s of the three matrix products at the median run time. */
        public double gflops() {
            return epochsPerSecond() * flopsPerEpoch / 1e9;
        }
    }

    /** One workload's numpy timings, or why there are none. */
    public record NumpyResult(String name, int epochs, double[] ms, double loss, String version, String blas,
            String problem) {
        /** Epochs per second at the median run time. */
        public double epochsPerSecond() {
            return epochs / (median(ms) / 1000);
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
            trainFully(fragment, false);
            trainFully(fragment, true);
        }
        double[] ms = new double[REPS];
        double[] sampleMs = new double[REPS];
        String bits = null;
        String sampleBits = null;
        boolean same = true;
        int epochs = 0;
        double flops = 0;
        for (int r = 0; r < REPS; r++) {
            long t0 = System.nanoTime();
            TrainingRun run = trainFully(fragment, false);
            ms[r] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            TrainingRun old = trainFully(fragment, true);
            sampleMs[r] = (System.nanoTime() - t0) / 1e6;
            String b = Bits.hex(run.lossHistory().last());
            String s = Bits.hex(old.lossHistory().last());
            same &= (bits == null || bits.equals(b)) && (sampleBits == null || sampleBits.equals(s));
            bits = b;
            sampleBits = s;
            epochs = run.epoch();
            flops = Benchmarks.matrixFlopsPerEpoch(run.network().sizes(), run.trainingSet().size());
        }
        return new Result(name, fragment, epochs, ms, sampleMs, bits, sampleBits, same, flops);
    }

    /** A fresh run of the experiment trained to its epoch limit (the timed unit, setup included as on the page). */
    public static TrainingRun trainFully(String fragment) {
        return trainFully(fragment, false);
    }

    private static TrainingRun trainFully(String fragment, boolean sampleBySample) {
        TrainingRun run = TrainingRun.start(LinkCodec.decode(fragment).state());
        if (sampleBySample) {
            run.sampleBySample();
        }
        run.train(Integer.MAX_VALUE);
        return run;
    }

    /** The workloads numpy runs in matrix form. */
    public static final List<String> NUMPY_WORKLOADS = List.of("W2", "W4");

    private static List<NumpyResult> numpyMeasured;

    /** Debian's Python, where python3-numpy installs (not whatever python3 comes first on the PATH). */
    static final String PYTHON = System.getProperty("bench.python", "/usr/bin/python3");

    /**
     * W2 and W4 as a single-threaded numpy loop (src/test/python/numpy_bench.py) from the engine's initial weights,
     * measured on first call; when python3 or numpy is missing, each result says so in {@code problem}.
     */
    public static synchronized List<NumpyResult> numpy() {
        if (numpyMeasured != null) {
            return numpyMeasured;
        }
        List<NumpyResult> out = new ArrayList<>();
        StringBuilder json = new StringBuilder("[");
        for (String name : NUMPY_WORKLOADS) {
            String fragment = Benchmarks.workloadFragment(name);
            TrainingRun run = TrainingRun.start(LinkCodec.decode(fragment).state());
            org.backproplab.data.Dataset d = run.trainingSet();
            json.append(json.length() == 1 ? "" : ",").append("{\"name\":\"").append(name).append("\",\"sizes\":")
                    .append(Arrays.toString(run.network().sizes())).append(",\"weights\":[");
            for (int l = 1; l <= run.network().layerCount(); l++) {
                double[] w = run.network().weights(l);
                json.append(l == 1 ? "" : ",").append(numbers(w, w.length));
            }
            json.append("],\"n\":").append(d.size()).append(",\"xs\":").append(numbers(d.xs(), d.size() * d.inputDim()))
                    .append(",\"ys\":").append(numbers(d.ys(), d.size() * d.outputDim()))
                    .append(",\"eta\":").append(LinkCodec.decode(fragment).state().get(Fields.RATE))
                    .append(",\"epochs\":").append(LinkCodec.decode(fragment).state().get(Fields.EPOCHS)).append("}");
        }
        json.append("]");
        Path problems = write("numpy-problems.json", json.toString());
        String problem = null;
        List<String> lines = new ArrayList<>();
        try {
            ProcessBuilder pb = new ProcessBuilder(PYTHON, Paths.get("src", "test", "python", "numpy_bench.py")
                    .toString(), problems.toString(), String.valueOf(REPS), String.valueOf(WARM));
            for (String v : List.of("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")) {
                pb.environment().put(v, "1"); // one core, as the engine and the browser use
            }
            pb.redirectErrorStream(true);
            Process p = pb.start();
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                    p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            }
            int rc = p.waitFor();
            if (rc != 0) {
                problem = "numpy_bench.py failed (exit " + rc + "): " + String.join(" / ", lines);
            }
        } catch (IOException e) {
            problem = PYTHON + " is missing (" + e.getMessage() + "): install Debian's python3-numpy, e.g. bash "
                    + ".ci/setup";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        for (String name : NUMPY_WORKLOADS) {
            NumpyResult found = null;
            for (String line : lines) {
                String[] f = line.split(" ");
                if (problem == null && f.length == 6 && f[0].equals(name)) {
                    double[] ms = Arrays.stream(f[3].split(",")).mapToDouble(Double::parseDouble).toArray();
                    found = new NumpyResult(name, Integer.parseInt(f[1]), ms, Double.parseDouble(f[2]), f[4], f[5],
                            null);
                }
            }
            out.add(found != null ? found : new NumpyResult(name, 0, new double[0], Double.NaN, "", "",
                    problem != null ? problem : "no result for " + name + " in: " + String.join(" / ", lines)));
        }
        numpyMeasured = out;
        return out;
    }

    private static String numbers(double[] values, int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(Double.toString(values[i])); // Java's shortest round-trip digits
        }
        return sb.append("]").toString();
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
        sb.append("| workload | epochs | median ms | epochs/s | best epochs/s | GFLOP/s | sample-by-sample epochs/s | "
                + "batched / sample-by-sample | runs (ms) | final loss bits (both paths) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Result r : results) {
            StringBuilder runs = new StringBuilder();
            for (double t : r.ms()) {
                runs.append(runs.length() == 0 ? "" : ", ").append(Math.round(t));
            }
            sb.append("| ").append(r.name()).append(" | ").append(r.epochs()).append(" | ")
                    .append(Math.round(r.medianMs() * 10) / 10.0).append(" | ").append(Math.round(r.epochsPerSecond()))
                    .append(" | ").append(Math.round(r.bestEpochsPerSecond())).append(" | ")
                    .append(Math.round(r.gflops() * 100) / 100.0).append(" | ")
                    .append(Math.round(r.sampleEpochsPerSecond())).append(" | ")
                    .append(Math.round(r.epochsPerSecond() / r.sampleEpochsPerSecond() * 100) / 100.0).append("× | ")
                    .append(runs).append(" | ").append(r.lossBits())
                    .append(r.lossBits().equals(r.sampleLossBits()) ? "" : " vs " + r.sampleLossBits() + " (differ!)")
                    .append(r.deterministic() ? "" : " (varies between runs!)").append(" |\n");
        }
        sb.append("\nJVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", ").append(WARM).append(" warm-up + ").append(REPS)
                .append(" timed runs per workload and path, alternating, median. GFLOP/s counts the three matrix "
                        + "products only (Benchmarks.matrixFlopsPerEpoch).\n");
        return sb.toString();
    }

    /** numpy's figures beside the engine's on the JVM (and in Chromium when given, else null), as Markdown. */
    public static String numpyTable(List<NumpyResult> numpy, List<Result> jvm, java.util.Map<String, Double> chromium) {
        StringBuilder sb = new StringBuilder();
        sb.append("| workload | numpy epochs/s | numpy runs (ms) | numpy final loss | engine JVM / numpy |"
                + (chromium == null ? "" : " engine Chromium / numpy |") + "\n|---|---:|---|---|---:|"
                + (chromium == null ? "" : "---:|") + "\n");
        String version = "";
        String blas = "";
        for (NumpyResult r : numpy) {
            if (r.problem() != null) {
                sb.append("| ").append(r.name()).append(" | **missing** | ").append(r.problem()).append(" | | |")
                        .append(chromium == null ? "" : " |").append("\n");
                continue;
            }
            version = r.version();
            blas = r.blas();
            double eps = r.epochsPerSecond();
            double engine = jvm.stream().filter(j -> j.name().equals(r.name())).findFirst().map(Result::epochsPerSecond)
                    .orElse(Double.NaN);
            StringBuilder runs = new StringBuilder();
            for (double t : r.ms()) {
                runs.append(runs.length() == 0 ? "" : ", ").append(Math.round(t));
            }
            sb.append("| ").append(r.name()).append(" | ").append(Math.round(eps)).append(" | ").append(runs)
                    .append(" | ")
                    .append(r.loss()).append(" | ").append(Math.round(engine / eps * 100) / 100.0).append("× |");
            if (chromium != null) {
                Double c = chromium.get(r.name());
                sb.append(' ').append(c == null ? "–" : Math.round(c / eps * 100) / 100.0 + "×").append(" |");
            }
            sb.append("\n");
        }
        sb.append("\nnumpy ").append(version).append(" (").append(PYTHON).append(", Debian's python3-numpy) with BLAS ")
                .append(blas).append(blas.contains("openblas") ? "" : " (the reference BLAS unless Debian's libopenblas0"
                        + " is installed: numpy's matrix products are then far from their best)")
                .append(", single-threaded (OPENBLAS_NUM_THREADS=1), "
                + "matrix form of the same full-batch SGD from the engine's initial weights (src/test/python/"
                + "numpy_bench.py); its sums run in BLAS's order, so its loss is close to the engine's, not "
                + "identical.\n");
        return sb.toString();
    }

    /**
     * The section of target/bench/NAME that starts with the line {@code heading} (up to the next line starting with
     * "## " or the end), or "" when there is none: another benchmark's part of a shared report, kept when it is
     * rewritten.
     */
    public static String section(String name, String heading) {
        Path file = Paths.get("target", "bench", name);
        if (!Files.exists(file)) {
            return "";
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int from = text.startsWith(heading + "\n") ? 0 : text.indexOf("\n" + heading + "\n");
            if (from < 0) {
                return "";
            }
            from = text.indexOf(heading, from);
            int to = text.indexOf("\n## ", from + heading.length());
            return text.substring(from, to < 0 ? text.length() : to + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
