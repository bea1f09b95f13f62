package org.backproplab.engine;

/**
 * Turns the mean gradient g of a batch into a weight update, keeping per-weight state between steps.
 *
 * <p>The update rules are the textbook ones, written as PyTorch writes them (ε outside the square root, Adagrad's sum
 * starting at 0, Adam's ε added to √v̂ as in Kingma and Ba's Algorithm 1). Keras differs where ε sits: inside the root
 * for RMSProp and Adagrad (whose sum starts at 0.1 there), and added to √v before the bias correction in Adam; the
 * results differ only while √v is as small as ε. Changing them would change every shared link's numbers.
 *
 * <p>Momentum and Nesterov are the exception: they keep a velocity in weight units, as Sutskever et al. (2013) and
 * Keras write them, v ← μ·v − η_t·g, w ← w + v, where η_t is this step's rate from the schedule. PyTorch keeps a buffer
 * in gradient units, b ← μ·b + g, w ← w − η_t·b (Nesterov: w ← w − η_t·(g + μ·b)). The two are equal while η is
 * constant (v = −η·b); under a schedule they part from the step after η first changes, since the velocity keeps
 * earlier steps at their own η while PyTorch rescales the whole buffer by the new one. The velocity form stays so that
 * every shared link keeps its numbers.
 * <ul>
 * <li>SGD: w ← w − η_t·g</li>
 * <li>momentum: v ← μ·v − η_t·g; w ← w + v</li>
 * <li>Nesterov: v ← μ·v − η_t·g; w ← w + μ·v − η_t·g</li>
 * <li>Adagrad: a ← a + g²; w ← w − η_t·g / (√a + ε)</li>
 * <li>RMSProp: a ← ρ·a + (1 − ρ)·g²; w ← w − η_t·g / (√a + ε)</li>
 * <li>Adam: m ← β₁·m + (1 − β₁)·g; v ← β₂·v + (1 − β₂)·g²; w ← w − η_t·m̂ / (√v̂ + ε) with m̂ = m/(1 − β₁ᵗ),
 * v̂ = v/(1 − β₂ᵗ)</li>
 * </ul>
 */
public final class Optimizer {
    /** The update rule. */
    public enum Kind implements Named {
        SGD("sgd"), MOMENTUM("momentum"), NESTEROV("nesterov"), ADAGRAD("adagrad"), RMSPROP("rmsprop"), ADAM("adam");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        /** The kind with this id, or null. */
        public static Kind byId(String id) {
            return Named.byId(values(), id);
        }
    }

    private final Kind kind;
    private final double momentum;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double rho;
    private double[][] first;
    private double[][] second;
    private double beta1Power = 1;
    private double beta2Power = 1;

    /**
     * An optimizer; {@code momentum} is μ for momentum/Nesterov, {@code rho} the decay of RMSProp, β₁, β₂ and ε
     * those of Adam (ε also guards Adagrad and RMSProp).
     */
    public Optimizer(Kind kind, double momentum, double beta1, double beta2, double epsilon, double rho) {
        this.kind = kind;
        this.momentum = momentum;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.rho = rho;
    }

    /** Plain gradient descent. */
    public static Optimizer sgd() {
        return new Optimizer(Kind.SGD, 0, 0.9, 0.999, 1e-7, 0.9);
    }

    /**
     * The same rule with other settings, going on from this optimizer's state: its velocity or moments and, for
     * Adam, the products β₁ᵗ and β₂ᵗ, which go on multiplying by the new β (the bias correction stays 1 − Πβ). This
     * optimizer must not step again.
     */
    public Optimizer retuned(double momentum, double beta1, double beta2, double epsilon, double rho) {
        Optimizer o = new Optimizer(kind, momentum, beta1, beta2, epsilon, rho);
        o.first = first;
        o.second = second;
        o.beta1Power = beta1Power;
        o.beta2Power = beta2Power;
        return o;
    }

    /** The rule this optimizer applies. */
    public Kind kind() {
        return kind;
    }

    /** Applies one update with learning rate η to every layer's weights from its gradients. */
    public void step(Network net, double eta) {
        int layers = net.layerCount();
        if (first == null) {
            first = new double[layers][];
            second = new double[layers][];
            for (int l = 0; l < layers; l++) {
                first[l] = new double[net.weights(l + 1).length];
                second[l] = new double[net.weights(l + 1).length];
            }
        }
        beta1Power *= beta1; // β^t by repeated multiplication: exact to the bit on every platform
        beta2Power *= beta2;
        for (int l = 0; l < layers; l++) {
            update(net.weights(l + 1), net.gradients(l + 1), first[l], second[l], eta);
        }
    }

    private void update(double[] w, double[] g, double[] m, double[] v, double eta) {
        int n = w.length;
        switch (kind) {
            case SGD:
                for (int i = 0; i < n; i++) {
                    w[i] -= eta * g[i];
                }
                break;
            case MOMENTUM:
                for (int i = 0; i < n; i++) {
                    m[i] = momentum * m[i] - eta * g[i];
                    w[i] += m[i];
                }
                break;
            case NESTEROV:
                for (int i = 0; i < n; i++) {
                    m[i] = momentum * m[i] - eta * g[i];
                    w[i] = (momentum * m[i] - eta * g[i]) + w[i]; // sum on the left: see TeaVmArithmeticTest
                }
                break;
            case ADAGRAD:
                for (int i = 0; i < n; i++) {
                    v[i] += g[i] * g[i];
                    w[i] -= eta * g[i] / (Math.sqrt(v[i]) + epsilon);
                }
                break;
            case RMSPROP:
                for (int i = 0; i < n; i++) {
                    v[i] = rho * v[i] + (1 - rho) * g[i] * g[i];
                    w[i] -= eta * g[i] / (Math.sqrt(v[i]) + epsilon);
                }
                break;
            case ADAM:
                double c1 = 1 - beta1Power;
                double c2 = 1 - beta2Power;
                for (int i = 0; i < n; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    w[i] -= (m[i] / c1) * eta / (Math.sqrt(v[i] / c2) + epsilon); // quotient first: TeaVmArithmeticTest
                }
                break;
            default:
                throw new IllegalStateException(kind.toString());
        }
    }
}
