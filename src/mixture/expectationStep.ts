// The E step of a Gaussian mixture (scikit-learn's `_estimate_log_gaussian_prob` and
// `_estimate_log_prob_resp`): each row's log-density under each component, plus the log-weight,
// normalised by a log-sum-exp into responsibilities.
import type {Matrix} from "../core/matrix.js";
import type {MixtureState} from "./covariance.js";

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Writes each row's responsibilities into `resp` (n × k, rows summing to 1) and its
 * log-likelihood log Σⱼ wⱼ N(x | μⱼ, Σⱼ) into `rowLogLikelihood` when given; returns the mean
 * log-likelihood (scikit-learn's `score`, the EM lower bound). The log-sum-exp subtracts each
 * row's largest term, so far-away rows do not underflow to −Infinity.
 */
export function expectationStep(M: Matrix, state: MixtureState, resp: Float64Array, rowLogLikelihood?: Float64Array): number {
  const {n} = M;
  const k = state.k;
  const logProb = resp; // computed in place, then normalised
  weightedLogProbabilities(M, state, logProb);
  let total = 0;
  for (let i = 0; i < n; ++i) {
    const o = i * k;
    let max = -Infinity;
    for (let c = 0; c < k; ++c) if (logProb[o + c] > max) max = logProb[o + c];
    let sum = 0;
    for (let c = 0; c < k; ++c) {
      const e = Math.exp(logProb[o + c] - max);
      logProb[o + c] = e;
      sum += e;
    }
    for (let c = 0; c < k; ++c) resp[o + c] /= sum;
    const ll = max + Math.log(sum);
    if (rowLogLikelihood) rowLogLikelihood[i] = ll;
    total += ll;
  }
  return total / n;
}

/**
 * Responsibilities (n × k) as plain rows with each row's most probable component (the first on
 * ties, as numpy's argmax). Filled in loops: a subarray per row made this half of a fit's time at
 * 100,000 rows.
 */
export function assignments(resp: Float64Array, n: number, k: number): {labels: number[]; probabilities: number[][]} {
  const labels = new Array<number>(n);
  const probabilities = new Array<number[]>(n);
  for (let i = 0; i < n; ++i) {
    const row = new Array<number>(k);
    let arg = 0;
    for (let c = 0, o = i * k; c < k; ++c) {
      row[c] = resp[o + c];
      if (row[c] > row[arg]) arg = c;
    }
    labels[i] = arg;
    probabilities[i] = row;
  }
  return {labels, probabilities};
}

/**
 * log wⱼ + log N(xᵢ | μⱼ, Σⱼ) for every row i and component j, into `out` (n × k). One loop per
 * covariance type: "diag" and "spherical" look alike but keep their precisions apart, which keeps
 * the inner loop free of a per-value branch.
 */
export function weightedLogProbabilities(M: Matrix, state: MixtureState, out: Float64Array): void {
  const {data, n, d} = M;
  const {k, type, means, precisionCholesky: P, logDet, weights} = state;
  const constant = new Float64Array(k);
  for (let c = 0; c < k; ++c) constant[c] = -0.5 * d * LOG_2PI + logDet[c] + Math.log(weights[c]);
  switch (type) {
    case "full":
    case "tied": {
      // ‖(x − μ) U‖² with U upper triangular: yⱼ = Σ_{i ≤ j} (xᵢ − μᵢ) Uᵢⱼ.
      const diff = new Float64Array(d);
      for (let c = 0; c < k; ++c) {
        const po = type === "full" ? c * d * d : 0;
        const mo = c * d;
        for (let r = 0; r < n; ++r) {
          const xo = r * d;
          for (let j = 0; j < d; ++j) diff[j] = data[xo + j] - means[mo + j];
          let s = 0;
          for (let j = 0; j < d; ++j) {
            let y = 0;
            for (let i = 0; i <= j; ++i) y += diff[i] * P[po + i * d + j];
            s += y * y;
          }
          out[r * k + c] = constant[c] - 0.5 * s;
        }
      }
      break;
    }
    case "diag":
      for (let r = 0; r < n; ++r) {
        const xo = r * d;
        for (let c = 0; c < k; ++c) {
          const mo = c * d;
          let s = 0;
          for (let j = 0; j < d; ++j) {
            const y = (data[xo + j] - means[mo + j]) * P[mo + j];
            s += y * y;
          }
          out[r * k + c] = constant[c] - 0.5 * s;
        }
      }
      break;
    case "spherical":
      for (let r = 0; r < n; ++r) {
        const xo = r * d;
        for (let c = 0; c < k; ++c) {
          const mo = c * d;
          let s = 0;
          for (let j = 0; j < d; ++j) {
            const y = data[xo + j] - means[mo + j];
            s += y * y;
          }
          out[r * k + c] = constant[c] - 0.5 * s * P[c] * P[c];
        }
      }
      break;
    default: {
      const unknown: never = type;
      throw new RangeError(`unknown covariance: ${String(unknown)}`);
    }
  }
}
