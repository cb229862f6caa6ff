// The "choose k" helper for Gaussian mixtures (issue 18): BIC and AIC of a mixture fitted for each
// k = 1…kMax with the page's covariance type and seed (lower is better; the page suggests the lowest BIC).
import {gaussianMixture, randomSource, subsampleIndices} from "../../../lib/index.js";
import {prepare, progress} from "../engineState.js";

/** Rows above which the criteria are computed on a seeded sample (stated on the page). */
export const criteriaLimit = 20000;

export function mixtureCriteria({kMax = 10, ...params}) {
  const {prepared} = prepare(params);
  let X = prepared.X;
  const sampled = X.length > criteriaLimit ? criteriaLimit : null;
  if (sampled) X = subsampleIndices(X.length, criteriaLimit, randomSource(params.seed ?? 42)).map((i) => X[i]);
  const ks = [];
  for (let k = 1; k <= Math.min(kMax, X.length - 1); ++k) ks.push(k);
  if (ks.length < 2) throw new RangeError(`Only ${X.length} row${X.length === 1 ? "" : "s"} ${X.length === 1 ? "has" : "have"} every chosen value: comparing mixtures needs at least 3.`);
  const points = [];
  for (const [i, k] of ks.entries()) {
    progress(`mixture k = ${k}`, i, ks.length);
    const r = gaussianMixture(X, {k, covariance: params.covariance ?? "full", seed: params.seed ?? 42, nInit: 1});
    points.push({k, bic: r.bic, aic: r.aic, score: r.score});
  }
  return {criteria: "information", covariance: params.covariance ?? "full", points, sampled};
}
