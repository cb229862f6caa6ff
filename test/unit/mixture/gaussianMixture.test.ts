import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {gaussianMixture, gaussianMixturePredict} from "../../../src/index.js";
import type {CovarianceType} from "../../../src/index.js";
import {close, samePartition} from "../fixtures.js";

interface Case {
  name: string;
  k: number;
  covariance: CovarianceType;
  init: number[];
  labels: number[];
  probabilities: number[][] | null;
  score: number;
  score_tight: number;
  bic: number;
  aic: number;
  n_parameters: number;
  weights: number[];
  means: number[][];
  covariances: number[] | number[][] | number[][][];
  n_iter: number;
  converged: boolean;
}

const reference = JSON.parse(readFileSync(new URL("../reference/gaussian-mixture-cases.json", import.meta.url), "utf8")) as {
  data: Record<string, number[][]>;
  cases: Case[];
};

function flat(x: unknown): number[] {
  return (x as unknown[]).flat(3) as number[];
}

function maxRelative(a: number[], b: number[]): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; ++i) m = Math.max(m, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  return m;
}

describe("gaussianMixture(X, {k, covariance}) against scikit-learn 1.2", () => {
  for (const c of reference.cases) {
    const X = reference.data[c.name];
    const title = `${c.name}, k = ${c.k}, ${c.covariance}`;

    it(`gaussianMixture(X, {k, covariance, init: sklearn's start}) repeats scikit-learn's EM: ${title}`, () => {
      const ours = gaussianMixture(X, {k: c.k, covariance: c.covariance, init: c.init});
      expect(ours.iterations).toBe(c.n_iter);
      expect(ours.converged).toBe(c.converged);
      expect(ours.parameters).toBe(c.n_parameters);
      expect(close(ours.score, c.score, 1e-8, 1e-10)).toBe(true);
      expect(close(ours.bic, c.bic, 1e-8, 1e-8)).toBe(true);
      expect(close(ours.aic, c.aic, 1e-8, 1e-8)).toBe(true);
      expect(maxRelative(ours.weights, c.weights)).toBeLessThan(1e-8);
      expect(maxRelative(flat(ours.means), flat(c.means))).toBeLessThan(1e-8);
      expect(maxRelative(flat(ours.covariances), flat(c.covariances))).toBeLessThan(1e-8);
      expect(ours.labels).toEqual(c.labels);
      if (c.probabilities) expect(maxRelative(ours.probabilities.flat(), c.probabilities.flat())).toBeLessThan(1e-8);
    });

    it(`gaussianMixture(X, {k, covariance, tolerance: 1e-10}) reaches at least scikit-learn's optimum: ${title}`, () => {
      // Both iterated to a tight tolerance, so the scores compare the local optima, not where a
      // tolerance of 1e-3 happened to stop each climb.
      const ours = gaussianMixture(X, {k: c.k, covariance: c.covariance, tolerance: 1e-10, maxIterations: 5000});
      expect(ours.score).toBeGreaterThanOrEqual(c.score_tight - 1e-6);
    });

    it(`gaussianMixture(X, {k, covariance}) fits at least as well as scikit-learn at the defaults: ${title}`, () => {
      const ours = gaussianMixture(X, {k: c.k, covariance: c.covariance});
      // Within 1e-4: at tolerance 1e-3 two climbs to the same optimum stop a little apart.
      expect(ours.score).toBeGreaterThanOrEqual(c.score - 1e-4);
      const n = X.length;
      expect(ours.bic).toBeCloseTo(-2 * n * ours.score + c.n_parameters * Math.log(n), 8);
      expect(ours.aic).toBeCloseTo(-2 * n * ours.score + 2 * c.n_parameters, 8);
      expect(ours.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
      for (const row of ours.probabilities) expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      ours.labels.forEach((l, i) => expect(ours.probabilities[i][l]).toBe(Math.max(...ours.probabilities[i])));
    });
  }
});

describe("gaussianMixture(X, {k, nInit, seed})", () => {
  const X = reference.data["tilted-400x2"];

  it("gaussianMixture(X, {k, seed}) is the same for the same seed", () => {
    const a = gaussianMixture(X, {k: 3, seed: 7, nInit: 2});
    const b = gaussianMixture(X, {k: 3, seed: 7, nInit: 2});
    expect(a).toEqual(b);
  });

  it("gaussianMixture(X, {k, nInit: 4}) keeps a run at least as good as nInit: 1 from the same seed", () => {
    for (const covariance of ["full", "tied", "diag", "spherical"] as const) {
      const one = gaussianMixture(X, {k: 4, covariance, seed: 3});
      const four = gaussianMixture(X, {k: 4, covariance, seed: 3, nInit: 4});
      expect(four.score).toBeGreaterThanOrEqual(one.score - 1e-3);
    }
  });

  it("gaussianMixture(X, {k: 1}) is the sample mean and (population) covariance", () => {
    const r = gaussianMixture(X, {k: 1, regularization: 0});
    const n = X.length;
    const mean = [0, 1].map((j) => X.reduce((s, x) => s + x[j], 0) / n);
    const cov01 = X.reduce((s, x) => s + (x[0] - mean[0]) * (x[1] - mean[1]), 0) / n;
    expect(r.means[0][0]).toBeCloseTo(mean[0], 10);
    expect(r.means[0][1]).toBeCloseTo(mean[1], 10);
    expect((r.covariances as number[][][])[0][0][1]).toBeCloseTo(cov01, 10);
    expect(r.weights).toEqual([1]);
  });
});

describe("gaussianMixturePredict(model, X)", () => {
  const X = reference.data["spreads-600x4"];

  it("gaussianMixturePredict(fit, X) gives the fit's own labels, probabilities and score", () => {
    for (const covariance of ["full", "tied", "diag", "spherical"] as const) {
      const fit = gaussianMixture(X, {k: 4, covariance});
      const saved = JSON.parse(JSON.stringify({covariance: fit.covariance, weights: fit.weights, means: fit.means, covariances: fit.covariances}));
      const p = gaussianMixturePredict(saved, X);
      expect(p.labels).toEqual(fit.labels);
      expect(maxRelative(p.probabilities.flat(), fit.probabilities.flat())).toBeLessThan(1e-12);
      expect(p.score).toBeCloseTo(fit.score, 12);
    }
  });

  it("gaussianMixturePredict(model, X) assigns new rows to the nearest component and rejects the wrong width", () => {
    const fit = gaussianMixture(X, {k: 4});
    const p = gaussianMixturePredict(fit, fit.means);
    expect(p.labels).toEqual([0, 1, 2, 3]);
    expect(() => gaussianMixturePredict(fit, [[1, 2, 3]])).toThrow(/3 columns but the model was fitted on 4/);
  });
});

describe("gaussianMixture(X, options) validation", () => {
  const X = [[0, 0], [1, 1], [2, 2], [3, 5]];

  it("gaussianMixture(X) names each bad option", () => {
    expect(() => gaussianMixture(X)).toThrow(/k is required/);
    expect(() => gaussianMixture(X, {k: 5})).toThrow(/k = 5, but the data has only 4 rows/);
    expect(() => gaussianMixture(X, {k: 1.5})).toThrow(/whole number/);
    expect(() => gaussianMixture(X, {k: 2, covariance: "round" as CovarianceType})).toThrow(/unknown covariance: round/);
    expect(() => gaussianMixture(X, {k: 2, nInit: 0})).toThrow(/nInit = 0/);
    expect(() => gaussianMixture(X, {k: 2, tolerance: -1})).toThrow(/tolerance = -1/);
    expect(() => gaussianMixture(X, {k: 2, regularization: NaN})).toThrow(/regularization = NaN/);
    expect(() => gaussianMixture(X, {k: 2, init: [0, 1, 2, 0]})).toThrow(/init\[2\] = 2/);
    expect(() => gaussianMixture([[1, 2]], {k: 1})).toThrow(/at least 2 needed/);
    expect(() => gaussianMixture([[0, NaN], [1, 2]], {k: 1})).toThrow(/row 0, column 1 is NaN/);
  });

  it("gaussianMixture(X, {k, regularization: 0}) explains a collapsed component", () => {
    const Y = [[0, 0], [0, 0], [0, 0], [5, 5], [6, 7], [7, 5]];
    expect(() => gaussianMixture(Y, {k: 2, regularization: 0})).toThrow(/fewer components or a larger regularization/);
    expect(samePartition(gaussianMixture(Y, {k: 2}).labels, [0, 0, 0, 1, 1, 1])).toBe(true);
  });
});
