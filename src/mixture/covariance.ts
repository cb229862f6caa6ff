// Covariance types of a Gaussian mixture and the Cholesky factors of their precisions, after
// scikit-learn's `_compute_precision_cholesky` and `_compute_log_det_cholesky`.

/**
 * How the components' covariances are constrained (scikit-learn's `covariance_type`):
 * "full" — each component its own covariance matrix; "tied" — one matrix shared by all;
 * "diag" — each component its own diagonal; "spherical" — each component one variance.
 */
export type CovarianceType = "full" | "tied" | "diag" | "spherical";

/**
 * Covariances in scikit-learn's shapes: "full" k × d × d, "tied" d × d, "diag" k × d,
 * "spherical" k values.
 */
export type Covariances = number[][][] | number[][] | number[];

/**
 * Flat parameters of a mixture while it is fitted: `covariances` and `precisionCholesky` hold
 * k·d·d ("full"), d·d ("tied"), k·d ("diag") or k ("spherical") values.
 */
export interface MixtureState {
  k: number;
  d: number;
  type: CovarianceType;
  weights: Float64Array;
  means: Float64Array;
  covariances: Float64Array;
  /** Upper-triangular U with U Uᵀ = Σ⁻¹ ("full", "tied"), or 1/√σ² ("diag", "spherical"). */
  precisionCholesky: Float64Array;
  /** log det U per component: half the log-determinant of each precision. */
  logDet: Float64Array;
}

export function checkCovarianceType(type: CovarianceType): CovarianceType {
  switch (type) {
    case "full":
    case "tied":
    case "diag":
    case "spherical":
      return type;
    default: {
      const unknown: never = type;
      throw new RangeError(`unknown covariance: ${String(unknown)} (use "full", "tied", "diag" or "spherical")`);
    }
  }
}

/** How many values the flat covariances of one type hold. */
export function covarianceSize(type: CovarianceType, k: number, d: number): number {
  switch (type) {
    case "full":
      return k * d * d;
    case "tied":
      return d * d;
    case "diag":
      return k * d;
    case "spherical":
      return k;
    default: {
      const unknown: never = type;
      throw new RangeError(`unknown covariance: ${String(unknown)}`);
    }
  }
}

/**
 * Number of free parameters, scikit-learn's `_n_parameters`: covariances (k·d(d+1)/2 full,
 * d(d+1)/2 tied, k·d diag, k spherical) + k·d means + k − 1 weights.
 */
export function parameterCount(type: CovarianceType, k: number, d: number): number {
  let cov: number;
  switch (type) {
    case "full":
      cov = (k * d * (d + 1)) / 2;
      break;
    case "tied":
      cov = (d * (d + 1)) / 2;
      break;
    case "diag":
      cov = k * d;
      break;
    case "spherical":
      cov = k;
      break;
    default: {
      const unknown: never = type;
      throw new RangeError(`unknown covariance: ${String(unknown)}`);
    }
  }
  return Math.trunc(cov + k * d + k - 1);
}

const COLLAPSED =
  "the mixture cannot be fitted: a component's covariance is not positive definite (it collapsed onto too few distinct rows). " +
  "Use fewer components or a larger regularization";

/**
 * Fills `precisionCholesky` and `logDet` from `covariances` (scikit-learn's
 * `_compute_precision_cholesky`): for a matrix Σ = L Lᵀ (Cholesky, L lower), U = (L⁻¹)ᵀ, so that
 * U Uᵀ = Σ⁻¹ and log det U = −Σ log Lⱼⱼ. Throws a RangeError naming the remedy when Σ is not
 * positive definite, as scikit-learn raises its ValueError.
 */
export function computePrecisionCholesky(state: MixtureState): void {
  const {k, d, type, covariances, precisionCholesky, logDet} = state;
  switch (type) {
    case "full":
      for (let c = 0; c < k; ++c) logDet[c] = invertCholesky(covariances, precisionCholesky, c * d * d, d);
      break;
    case "tied": {
      const v = invertCholesky(covariances, precisionCholesky, 0, d);
      logDet.fill(v);
      break;
    }
    case "diag":
      for (let c = 0; c < k; ++c) {
        let s = 0;
        for (let j = 0; j < d; ++j) {
          const v = covariances[c * d + j];
          if (!(v > 0)) throw new RangeError(COLLAPSED);
          const p = 1 / Math.sqrt(v);
          precisionCholesky[c * d + j] = p;
          s += Math.log(p);
        }
        logDet[c] = s;
      }
      break;
    case "spherical":
      for (let c = 0; c < k; ++c) {
        const v = covariances[c];
        if (!(v > 0)) throw new RangeError(COLLAPSED);
        const p = 1 / Math.sqrt(v);
        precisionCholesky[c] = p;
        logDet[c] = d * Math.log(p);
      }
      break;
    default: {
      const unknown: never = type;
      throw new RangeError(`unknown covariance: ${String(unknown)}`);
    }
  }
}

/** U = (L⁻¹)ᵀ for the d × d matrix at `offset` of `S` into `U` at the same offset; returns Σ log Uⱼⱼ. */
function invertCholesky(S: Float64Array, U: Float64Array, offset: number, d: number): number {
  const L = new Float64Array(d * d);
  for (let i = 0; i < d; ++i) {
    for (let j = 0; j <= i; ++j) {
      let s = S[offset + i * d + j];
      for (let t = 0; t < j; ++t) s -= L[i * d + t] * L[j * d + t];
      if (i === j) {
        if (!(s > 0)) throw new RangeError(COLLAPSED);
        L[i * d + i] = Math.sqrt(s);
      } else L[i * d + j] = s / L[j * d + j];
    }
  }
  // Forward substitution for each column of the inverse: L X = I, X lower; U = Xᵀ.
  let logDet = 0;
  for (let c = 0; c < d; ++c) {
    for (let i = 0; i < d; ++i) {
      if (i < c) {
        U[offset + c * d + i] = 0;
        continue;
      }
      let s = i === c ? 1 : 0;
      for (let t = c; t < i; ++t) s -= L[i * d + t] * U[offset + c * d + t];
      U[offset + c * d + i] = s / L[i * d + i];
    }
  }
  // U was filled as X's columns in rows (U[c][i] = X[i][c]), so U = Xᵀ is already upper triangular.
  for (let j = 0; j < d; ++j) logDet += Math.log(U[offset + j * d + j]);
  return logDet;
}

/** Flat covariances of one type in scikit-learn's nested shape. */
export function nestCovariances(type: CovarianceType, flat: Float64Array, k: number, d: number): Covariances {
  const matrix = (offset: number): number[][] => Array.from({length: d}, (_, i) => Array.from(flat.subarray(offset + i * d, offset + (i + 1) * d)));
  switch (type) {
    case "full":
      return Array.from({length: k}, (_, c) => matrix(c * d * d));
    case "tied":
      return matrix(0);
    case "diag":
      return Array.from({length: k}, (_, c) => Array.from(flat.subarray(c * d, (c + 1) * d)));
    case "spherical":
      return Array.from(flat);
    default: {
      const unknown: never = type;
      throw new RangeError(`unknown covariance: ${String(unknown)}`);
    }
  }
}
