// Gaussian mixture models fitted by expectation–maximisation, with scikit-learn 1.2's semantics
// (`sklearn.mixture.GaussianMixture`, init_params="kmeans"): the same E and M steps, the same
// stopping rule on the mean log-likelihood, the same BIC/AIC.
import {toMatrix} from "../core/matrix.js";
import type {Matrix, Rows} from "../core/matrix.js";
import {randomSource} from "../core/random.js";
import {checkCovarianceType, computePrecisionCholesky, covarianceSize, nestCovariances, parameterCount} from "./covariance.js";
import type {CovarianceType, Covariances, MixtureState} from "./covariance.js";
import {assignments, expectationStep} from "./expectationStep.js";
import {kmeansStart, runCount, startingLabels} from "./initialization.js";
import {maximizationStep} from "./maximizationStep.js";

/** Options of {@link gaussianMixture}. */
export interface GaussianMixtureOptions {
  /** Number of components, a whole number from 1 to the number of rows; required. */
  k?: number;
  /** How the covariances are constrained (see {@link CovarianceType}); defaults to "full". */
  covariance?: CovarianceType;
  /**
   * Number of EM runs from different k-means starts; the one with the highest final lower bound is
   * kept. Defaults to 1. On small data (n · d · k up to 200,000) more runs are made, up to
   * 10 × nInit, since they cost little there (see `runCount`).
   */
  nInit?: number;
  /** Seed of the k-means starts; same seed, same result. Defaults to 42. */
  seed?: number;
  /** Maximum EM iterations per run; defaults to 100. */
  maxIterations?: number;
  /** A run stops when the mean log-likelihood per row changes by less than this; defaults to 1e-3. */
  tolerance?: number;
  /** Added to the diagonal of every covariance, so none is singular; defaults to 1e-6. */
  regularization?: number;
  /**
   * Starting partition: "kmeans" (a seeded k-means run per start, as scikit-learn's
   * init_params="kmeans") or each row's starting component, 0 … k − 1 (one run). Defaults to "kmeans".
   */
  init?: "kmeans" | ArrayLike<number>;
}

/** A fitted mixture: what {@link gaussianMixturePredict} needs to apply it to new rows (JSON-ready). */
export interface GaussianMixtureModel {
  covariance: CovarianceType;
  /** Mixing weights of the k components, summing to 1. */
  weights: number[];
  /** k means, one row of d values each. */
  means: number[][];
  /** Covariances in scikit-learn's shape: "full" k × d × d, "tied" d × d, "diag" k × d, "spherical" k. */
  covariances: Covariances;
}

/** The result of {@link gaussianMixture}. */
export interface GaussianMixtureResult extends GaussianMixtureModel {
  /** Most probable component of each row, 0 … k − 1. */
  labels: number[];
  /** Each row's posterior probability of each component (n rows of k values, each summing to 1). */
  probabilities: number[][];
  /** Mean log-likelihood per row under the fitted model (scikit-learn's `score(X)`); higher is a better fit. */
  score: number;
  /** Bayesian information criterion, −2 · n · score + p · ln n, p the number of free parameters; lower is better. */
  bic: number;
  /** Akaike information criterion, −2 · n · score + 2p; lower is better. */
  aic: number;
  /** Number of free parameters p (scikit-learn's `_n_parameters`). */
  parameters: number;
  /** Whether the kept run stopped on the tolerance before `maxIterations`. */
  converged: boolean;
  /** EM iterations of the kept run. */
  iterations: number;
}

/**
 * Fits a mixture of k Gaussians to the rows by expectation–maximisation, as scikit-learn's
 * `GaussianMixture(n_components=k, covariance_type, n_init, tol, reg_covar, max_iter)` with
 * init_params="kmeans": each run starts from the hard partition of a seeded k-means run (our
 * `kmeans` with one initialisation and plain Lloyd iterations, as scikit-learn's), then
 * alternates E steps (responsibilities by a log-sum-exp, densities through the Cholesky factor of each precision, as scikit-learn's
 * `_compute_precision_cholesky`) and M steps until the mean log-likelihood changes by less than
 * `tolerance`. The run with the highest lower bound is kept and a last E step gives the labels,
 * probabilities and `score`. EM finds a local optimum: from a different k-means start the result
 * can differ from scikit-learn's; from the same starting partition (`init`) it is the same to
 * rounding (see test/unit/mixture). On small data several starts are made even with nInit = 1
 * (see `nInit`), so the fit reaches a local optimum at least as high as scikit-learn's on every
 * reference case. BIC and AIC use scikit-learn's formulas and parameter counts.
 *
 * @example gaussianMixture(standardize(rows).data, {k: 3, covariance: "diag"}).bic
 */
export function gaussianMixture(
  X: Rows,
  {k, covariance = "full", nInit = 1, seed = 42, maxIterations = 100, tolerance = 1e-3, regularization = 1e-6, init = "kmeans"}: GaussianMixtureOptions = {},
): GaussianMixtureResult {
  const M = toMatrix(X, {minRows: 2});
  if (k === undefined || k === null) throw new TypeError("k is required: the number of components, a whole number from 1 to the number of rows");
  if (typeof k !== "number" || !Number.isInteger(k)) throw new RangeError(`k = ${String(k)}; k must be a whole number of components`);
  if (k < 1) throw new RangeError(`k = ${k}; k must be at least 1`);
  if (k > M.n) throw new RangeError(`k = ${k}, but the data has only ${M.n} rows`);
  const type = checkCovarianceType(covariance);
  if (typeof nInit !== "number" || !Number.isInteger(nInit) || nInit < 1) throw new RangeError(`nInit = ${String(nInit)}; nInit must be a whole number, at least 1`);
  if (typeof maxIterations !== "number" || !Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new RangeError(`maxIterations = ${String(maxIterations)}; maxIterations must be a whole number, at least 1`);
  }
  if (typeof tolerance !== "number" || !(tolerance >= 0) || tolerance === Infinity) throw new RangeError(`tolerance = ${String(tolerance)}; tolerance must be a finite number ≥ 0`);
  if (typeof regularization !== "number" || !(regularization >= 0) || regularization === Infinity) {
    throw new RangeError(`regularization = ${String(regularization)}; regularization must be a finite number ≥ 0`);
  }
  const start = init === "kmeans" ? null : startingLabels(init, M.n, k);
  if (init !== "kmeans" && start === null) throw new RangeError(`unknown init: ${String(init)} (use "kmeans" or one starting component per row)`);
  const random = randomSource(seed);
  const resp = new Float64Array(M.n * k);
  let best: {state: MixtureState; lowerBound: number; iterations: number; converged: boolean} | null = null;
  for (let run = 0, runs = start ? 1 : runCount(nInit, M.n, M.d, k); run < runs; ++run) {
    const labels = start ?? kmeansStart(M, k, random);
    const fit = emRun(M, labels, type, k, {maxIterations, tolerance, regularization}, resp);
    if (best === null || fit.lowerBound > best.lowerBound) best = fit;
  }
  const {state, iterations, converged} = best!;
  const score = expectationStep(M, state, resp);
  const p = parameterCount(type, k, M.d);
  const {labels, probabilities} = assignments(resp, M.n, k);
  return {
    covariance: type,
    weights: Array.from(state.weights),
    means: Array.from({length: k}, (_, c) => Array.from(state.means.subarray(c * M.d, (c + 1) * M.d))),
    covariances: nestCovariances(type, state.covariances, k, M.d),
    labels,
    probabilities,
    score,
    bic: -2 * score * M.n + p * Math.log(M.n),
    aic: -2 * score * M.n + 2 * p,
    parameters: p,
    converged,
    iterations,
  };
}

interface EmOptions {
  maxIterations: number;
  tolerance: number;
  regularization: number;
}

/** One EM run from a hard partition (scikit-learn's `_initialize` then its fit loop). */
function emRun(M: Matrix, labels: Int32Array, type: CovarianceType, k: number, {maxIterations, tolerance, regularization}: EmOptions, resp: Float64Array) {
  const state = emptyState(type, k, M.d);
  resp.fill(0);
  for (let i = 0; i < M.n; ++i) resp[i * k + labels[i]] = 1;
  maximizationStep(M, resp, state, regularization, true);
  computePrecisionCholesky(state);
  let lowerBound = -Infinity;
  let iterations = 0;
  let converged = false;
  for (let iteration = 1; iteration <= maxIterations; ++iteration) {
    const previous = lowerBound;
    lowerBound = expectationStep(M, state, resp);
    maximizationStep(M, resp, state, regularization);
    computePrecisionCholesky(state);
    iterations = iteration;
    if (Math.abs(lowerBound - previous) < tolerance) {
      converged = true;
      break;
    }
  }
  return {state, lowerBound, iterations, converged};
}

export function emptyState(type: CovarianceType, k: number, d: number): MixtureState {
  const size = covarianceSize(type, k, d);
  return {
    k,
    d,
    type,
    weights: new Float64Array(k),
    means: new Float64Array(k * d),
    covariances: new Float64Array(size),
    precisionCholesky: new Float64Array(size),
    logDet: new Float64Array(k),
  };
}
