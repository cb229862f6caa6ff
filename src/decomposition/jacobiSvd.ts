import type {Matrix} from "../core/matrix.js";
import {sortedOrder} from "./decomposition.js";
import type {Decomposition} from "./decomposition.js";

/**
 * One-sided Jacobi SVD (Hestenes 1958; Demmel & Veselić 1992): rotate pairs of columns of the
 * centred data until all are orthogonal. The rotated columns are U·Σ (the scores), their norms the
 * singular values, and the accumulated rotations V the axes. It never forms XᵀX, so small singular
 * values keep full relative accuracy.
 */
export function jacobiSvd({data, n, d}: Matrix, mean: Float64Array): Decomposition {
  const A = new Float64Array(n * d); // column-major
  for (let i = 0, o = 0; i < n; ++i, o += d) for (let j = 0; j < d; ++j) A[j * n + i] = data[o + j] - mean[j];
  const V = new Float64Array(d * d); // column-major: column j = right singular vector j
  for (let j = 0; j < d; ++j) V[j * d + j] = 1;
  const tol = Number.EPSILON * Math.max(n, 4);
  for (let sweep = 0; sweep < 60; ++sweep) {
    let rotated = false;
    for (let p = 0; p < d - 1; ++p) {
      for (let q = p + 1; q < d; ++q) {
        let alpha = 0, beta = 0, gamma = 0;
        for (let i = 0, op = p * n, oq = q * n; i < n; ++i) {
          const x = A[op + i], y = A[oq + i];
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        if (gamma === 0 || Math.abs(gamma) <= tol * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        for (let i = 0, op = p * n, oq = q * n; i < n; ++i) {
          const x = A[op + i], y = A[oq + i];
          A[op + i] = c * x - s * y;
          A[oq + i] = s * x + c * y;
        }
        for (let i = 0, op = p * d, oq = q * d; i < d; ++i) {
          const x = V[op + i], y = V[oq + i];
          V[op + i] = c * x - s * y;
          V[oq + i] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  const norms = new Float64Array(d);
  let total = 0;
  for (let j = 0; j < d; ++j) {
    let s = 0;
    for (let i = 0, o = j * n; i < n; ++i) s += A[o + i] * A[o + i];
    norms[j] = Math.sqrt(s);
    total += s;
  }
  const order = sortedOrder(norms);
  const axes = new Float64Array(d * d);
  const sigma = new Float64Array(d);
  const scores = new Float64Array(n * d);
  for (let c = 0; c < d; ++c) {
    const j = order[c];
    sigma[c] = norms[j];
    axes.set(V.subarray(j * d, (j + 1) * d), c * d);
    scores.set(A.subarray(j * n, (j + 1) * n), c * n);
  }
  return {axes, sigma, total, scores};
}
