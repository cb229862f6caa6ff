// The M step of a Gaussian mixture (scikit-learn's `_estimate_gaussian_parameters`): weights,
// means and covariances from the responsibilities, each covariance with `regularization` added
// to its diagonal.
import type {Matrix} from "../core/matrix.js";
import type {MixtureState} from "./covariance.js";

/** 10 · machine epsilon, which scikit-learn adds to every component's total responsibility. */
const TINY = 10 * Number.EPSILON;

/**
 * Sets `state`'s weights, means and covariances from `resp` (n × k). Weights are the total
 * responsibilities over their sum (`initial`: over n, as scikit-learn's `_initialize`). Covariances
 * are computed from centred rows, Σᵢ rᵢⱼ (xᵢ − μⱼ)(xᵢ − μⱼ)ᵀ / nⱼ, which equals scikit-learn's
 * expanded formulas ("tied", "diag") without their cancellation when the data sit far from 0.
 */
export function maximizationStep(M: Matrix, resp: Float64Array, state: MixtureState, regularization: number, initial = false): void {
  const {data, n, d} = M;
  const {k, type, weights, means, covariances} = state;
  const nk = new Float64Array(k);
  means.fill(0);
  for (let r = 0; r < n; ++r) {
    const ro = r * k, xo = r * d;
    for (let c = 0; c < k; ++c) {
      const w = resp[ro + c];
      if (w === 0) continue;
      nk[c] += w;
      const mo = c * d;
      for (let j = 0; j < d; ++j) means[mo + j] += w * data[xo + j];
    }
  }
  let total = 0;
  for (let c = 0; c < k; ++c) {
    nk[c] += TINY;
    total += nk[c];
    for (let j = 0; j < d; ++j) means[c * d + j] /= nk[c];
  }
  for (let c = 0; c < k; ++c) weights[c] = nk[c] / (initial ? n : total);
  covariances.fill(0);
  const diff = new Float64Array(d);
  switch (type) {
    case "full":
    case "tied":
      // Component by component, so the inner loops see fixed offsets (twice as fast as rows outside).
      for (let c = 0; c < k; ++c) {
        const mo = c * d, co = type === "full" ? c * d * d : 0;
        for (let r = 0; r < n; ++r) {
          const w = resp[r * k + c];
          if (w === 0) continue;
          const xo = r * d;
          for (let j = 0; j < d; ++j) diff[j] = data[xo + j] - means[mo + j];
          for (let i = 0; i < d; ++i) {
            const wi = w * diff[i], io = co + i * d;
            for (let j = 0; j <= i; ++j) covariances[io + j] += wi * diff[j];
          }
        }
      }
      for (let c = 0; c < (type === "full" ? k : 1); ++c) {
        const co = c * d * d, scale = type === "full" ? nk[c] : total;
        for (let i = 0; i < d; ++i) {
          for (let j = 0; j <= i; ++j) {
            const v = covariances[co + i * d + j] / scale;
            covariances[co + i * d + j] = v;
            covariances[co + j * d + i] = v;
          }
          covariances[co + i * d + i] += regularization;
        }
      }
      break;
    case "diag":
    case "spherical": {
      const diag = type === "diag" ? covariances : new Float64Array(k * d);
      for (let r = 0; r < n; ++r) {
        const ro = r * k, xo = r * d;
        for (let c = 0; c < k; ++c) {
          const w = resp[ro + c];
          if (w === 0) continue;
          const mo = c * d;
          for (let j = 0; j < d; ++j) {
            const t = data[xo + j] - means[mo + j];
            diag[mo + j] += w * t * t;
          }
        }
      }
      for (let c = 0; c < k; ++c) {
        let s = 0;
        for (let j = 0; j < d; ++j) {
          const v = diag[c * d + j] / nk[c] + regularization;
          diag[c * d + j] = v;
          s += v;
        }
        if (type === "spherical") covariances[c] = s / d;
      }
      break;
    }
    default: {
      const unknown: never = type;
      throw new RangeError(`unknown covariance: ${String(unknown)}`);
    }
  }
}
