// Applying a fitted Gaussian mixture to new rows (scikit-learn's `predict`, `predict_proba` and `score_samples`).
import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";
import {checkCovarianceType, computePrecisionCholesky} from "./covariance.js";
import {assignments, expectationStep} from "./expectationStep.js";
import {emptyState} from "./gaussianMixture.js";
import type {GaussianMixtureModel} from "./gaussianMixture.js";

/** The result of {@link gaussianMixturePredict}. */
export interface GaussianMixturePrediction {
  /** Most probable component of each new row. */
  labels: number[];
  /** Each new row's posterior probability of each component (rows summing to 1). */
  probabilities: number[][];
  /** Each new row's log-likelihood under the model (scikit-learn's `score_samples`). */
  logLikelihoods: number[];
  /** Their mean (scikit-learn's `score`). */
  score: number;
}

/**
 * Assigns new rows to the components of a fitted mixture — a {@link gaussianMixture} result or a
 * saved copy of its `{covariance, weights, means, covariances}` — exactly as the fit assigns its
 * own rows. The rows must have the model's columns, prepared the same way.
 *
 * @example gaussianMixturePredict(model, newRows).labels
 */
export function gaussianMixturePredict(model: GaussianMixtureModel, X: Rows): GaussianMixturePrediction {
  if (model === null || typeof model !== "object" || !Array.isArray(model.means) || !Array.isArray(model.weights)) {
    throw new TypeError("gaussianMixturePredict: model must be a fitted mixture with covariance, weights, means and covariances");
  }
  const type = checkCovarianceType(model.covariance);
  const k = model.means.length;
  if (k === 0 || model.weights.length !== k) throw new RangeError(`gaussianMixturePredict: the model has ${k} means but ${model.weights.length} weights`);
  const d = model.means[0].length;
  const M = toMatrix(X, {name: "new rows"});
  if (M.d !== d) throw new RangeError(`the new rows have ${M.d} columns but the model was fitted on ${d}; prepare them as the fitted rows were`);
  const state = emptyState(type, k, d);
  state.weights.set(model.weights);
  model.means.forEach((m, c) => state.means.set(m, c * d));
  const flat = (model.covariances as unknown[]).flat(2) as number[];
  if (flat.length !== state.covariances.length) {
    throw new RangeError(`gaussianMixturePredict: a "${type}" model with k = ${k} and ${d} columns needs ${state.covariances.length} covariance values, got ${flat.length}`);
  }
  state.covariances.set(flat);
  computePrecisionCholesky(state);
  const resp = new Float64Array(M.n * k);
  const ll = new Float64Array(M.n);
  const score = expectationStep(M, state, resp, ll);
  const {labels, probabilities} = assignments(resp, M.n, k);
  return {labels, probabilities, logLikelihoods: Array.from(ll), score};
}
