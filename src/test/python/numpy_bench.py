"""Times W2 and W4 as a matrix-form numpy loop, for the benchmark's scale (see BenchmarkPageTest).

Reads the workloads the JVM wrote (sizes, the engine's initial weights with the bias row first, inputs, targets,
learning rate, epochs) and trains each the engine's way: sigmoid units, MSE over the outputs, full-batch SGD with
the mean gradient. numpy sums in its own order (and with SIMD and FMA), so the final loss is close to the engine's,
not bit-identical. Prints one line per workload: name, epochs, final loss, run times in ms (comma-separated),
numpy's version, the BLAS library's path; exits 3 with a message when numpy is missing.
Usage: python3 numpy_bench.py PROBLEMS.json REPS WARM (run single-threaded: OPENBLAS_NUM_THREADS=1 and friends).
"""
import json
import sys
import time

try:
    import numpy as np
except ImportError as e:
    print("numpy is missing (" + str(e) + "): install Debian's python3-numpy, e.g. bash .ci/setup")
    sys.exit(3)


def train(p):
    ws = [np.array(w, dtype=np.float64).reshape(p["sizes"][l] + 1, p["sizes"][l + 1])
          for l, w in enumerate(p["weights"])]
    n = p["n"]
    x = np.array(p["xs"], dtype=np.float64).reshape(n, p["sizes"][0])
    y = np.array(p["ys"], dtype=np.float64).reshape(n, p["sizes"][-1])
    k = p["sizes"][-1]
    eta = p["eta"]
    loss = float("nan")
    for _ in range(p["epochs"]):
        acts = [x]
        for w in ws:
            s = acts[-1] @ w[1:] + w[0]
            acts.append(1.0 / (1.0 + np.exp(-s)))
        out = acts[-1]
        diff = out - y
        loss = float(np.mean(np.sum(diff * diff, axis=1) / k))
        d = (2.0 / k) * diff * out * (1.0 - out)
        for l in range(len(ws) - 1, -1, -1):
            g = acts[l].T @ d
            gb = d.sum(axis=0)
            if l > 0:
                below = acts[l]
                d = (d @ ws[l][1:].T) * below * (1.0 - below)
            ws[l][1:] -= (eta / n) * g
            ws[l][0] -= (eta / n) * gb
    return loss


def blas():
    """The BLAS library numpy has loaded (Debian's python3-numpy takes whichever libblas.so.3 is installed)."""
    (np.ones((8, 8)) @ np.ones((8, 8))).sum()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1]
                if "blas" in path.lower():
                    return path
    except OSError:
        pass
    return "unknown-blas"


def main():
    problems = json.load(open(sys.argv[1]))
    reps = int(sys.argv[2])
    warm = int(sys.argv[3])
    for p in problems:
        for _ in range(warm):
            train(p)
        ms = []
        loss = None
        for _ in range(reps):
            t0 = time.perf_counter()
            loss = train(p)
            ms.append((time.perf_counter() - t0) * 1000)
        print(p["name"], p["epochs"], repr(loss), ",".join("%.3f" % t for t in ms), np.__version__, blas(),
              flush=True)


main()
