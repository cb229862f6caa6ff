/** Cyclic Jacobi for a symmetric matrix (row-major, overwritten): eigenvalues and eigenvectors (columns). */
export function jacobiEigen(S: Float64Array, d: number): {values: Float64Array; vectors: Float64Array} {
  const V = new Float64Array(d * d);
  for (let j = 0; j < d; ++j) V[j * d + j] = 1;
  for (let sweep = 0; sweep < 100; ++sweep) {
    let off = 0, diag = 0;
    for (let p = 0; p < d; ++p) {
      diag += S[p * d + p] * S[p * d + p];
      for (let q = p + 1; q < d; ++q) off += S[p * d + q] * S[p * d + q];
    }
    if (off === 0 || off <= 1e-32 * diag) break;
    for (let p = 0; p < d - 1; ++p) {
      for (let q = p + 1; q < d; ++q) {
        const apq = S[p * d + q];
        if (apq === 0) continue;
        const app = S[p * d + p], aqq = S[q * d + q];
        // Skip rotations that cannot change the diagonal in floating point.
        if (Math.abs(apq) <= 1e-18 * Math.sqrt(Math.abs(app * aqq))) {
          S[p * d + q] = S[q * d + p] = 0;
          continue;
        }
        const theta = (aqq - app) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(1 + theta * theta));
        const c = 1 / Math.sqrt(1 + t * t), s = t * c;
        for (let r = 0; r < d; ++r) {
          const x = S[r * d + p], y = S[r * d + q];
          S[r * d + p] = c * x - s * y;
          S[r * d + q] = s * x + c * y;
        }
        for (let r = 0; r < d; ++r) {
          const x = S[p * d + r], y = S[q * d + r];
          S[p * d + r] = c * x - s * y;
          S[q * d + r] = s * x + c * y;
        }
        S[p * d + q] = S[q * d + p] = 0;
        for (let r = 0; r < d; ++r) {
          const x = V[r * d + p], y = V[r * d + q];
          V[r * d + p] = c * x - s * y;
          V[r * d + q] = s * x + c * y;
        }
      }
    }
  }
  const values = new Float64Array(d);
  for (let j = 0; j < d; ++j) values[j] = S[j * d + j];
  return {values, vectors: V};
}
