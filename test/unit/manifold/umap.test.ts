import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {findAbParams, neighborPreservation, silhouette, smoothKnnDistances, trustworthiness, umap} from "../../../src/index.js";
import type {UmapProgress} from "../../../src/index.js";
import {spectralLayout} from "../../../src/manifold/umap/spectralLayout.js";
import {tridiagonalEigen} from "../../../src/manifold/umap/tridiagonalEigen.js";
import {fuzzySimplicialSet} from "../../../src/manifold/umap/fuzzySimplicialSet.js";
import {randomSource} from "../../../src/core/random.js";
import {randomBlobs} from "../randomBlobs.js";

// R's uwot maps of four data sets and their quality by scikit-learn; written by test/unit/reference/umap.py.
interface Reference {
  datasets: {
    name: string;
    X: number[][];
    labels: number[];
    uwot: {embedding: number[][]; trustworthiness5: number; trustworthiness15: number; knnPreservation15: number; silhouette: number};
  }[];
  abParams: {spread: number; minDist: number; ab: [number, number]}[];
  smoothKnn: {distances: number[][]; k: number; sigmas: number[]; rhos: number[]; localConnectivity15: {sigmas: number[]; rhos: number[]}};
}
const reference = JSON.parse(readFileSync(new URL("../../fixtures/manifold/umap.json", import.meta.url), "utf8")) as Reference;

describe("umap(X) against R's uwot", {timeout: 300_000}, () => {
  for (const set of reference.datasets) {
    it(`umap(${set.name}) is as trustworthy (within 0.02), continuous (0.005) and separated (silhouette 0.1) as uwot's map and keeps as many neighbours (0.05)`, () => {
      const {embedding} = umap(set.X);
      const t5 = trustworthiness(set.X, embedding, {nNeighbors: 5});
      const t15 = trustworthiness(set.X, embedding, {nNeighbors: 15});
      expect(t5).toBeGreaterThanOrEqual(set.uwot.trustworthiness5 - 0.02);
      expect(t15).toBeGreaterThanOrEqual(set.uwot.trustworthiness15 - 0.02);
      expect(neighborPreservation(set.X, embedding)).toBeGreaterThanOrEqual(set.uwot.knnPreservation15 - 0.05);
      // Continuity (trustworthiness with the roles swapped) at k = 50 catches a map that tears a shape apart:
      // with an unconverged spectral start the moons came out in 2–3 pieces each (0.981 against uwot's 0.998).
      const continuity = (map: number[][]) => trustworthiness(map, set.X, {nNeighbors: 50});
      expect(continuity(embedding)).toBeGreaterThanOrEqual(continuity(set.uwot.embedding) - 0.005);
      expect(silhouette(embedding, set.labels)).toBeGreaterThanOrEqual(set.uwot.silhouette - 0.1);
    });
  }
});

describe("umap(X) steps against umap-learn's formulas", {timeout: 60_000}, () => {
  it("smoothKnnDistances(knn) gives umap-learn's sigmas and rhos, and the hand-computed sigma", () => {
    const {distances, k, sigmas, rhos, localConnectivity15} = reference.smoothKnn;
    const input = {n: distances.length, k, distances: Float64Array.from(distances.flat())};
    const ours = smoothKnnDistances(input);
    expect(Array.from(ours.sigmas)).toEqual(sigmas);
    expect(Array.from(ours.rhos)).toEqual(rhos);
    // Row [0, 1, 2, 3]: rho = 1 and 1 + u + u² = log2(4) = 2 with u = exp(−1/σ), so u = (√5 − 1)/2.
    expect(ours.sigmas[0]).toBeCloseTo(-1 / Math.log((Math.sqrt(5) - 1) / 2), 4);
    // Row of zeros: rho = 0 and sigma floored at 1e-3 × the mean of all distances (22.5 / 16).
    expect(ours.sigmas[2]).toBeCloseTo(1e-3 * (22.5 / 16), 12);
    const fractional = smoothKnnDistances(input, {localConnectivity: 1.5});
    expect(Array.from(fractional.sigmas)).toEqual(localConnectivity15.sigmas);
    expect(Array.from(fractional.rhos)).toEqual(localConnectivity15.rhos);
  });

  it("findAbParams(spread, minDist) equals umap-learn's find_ab_params (scipy curve_fit)", () => {
    for (const {spread, minDist, ab} of reference.abParams) {
      const {a, b} = findAbParams(spread, minDist);
      expect(a).toBeCloseTo(ab[0], 5);
      expect(b).toBeCloseTo(ab[1], 5);
    }
  });

  it("fuzzySimplicialSet(knn, {sigmas, rhos}) is the fuzzy union w + wᵀ − w∘wᵀ", () => {
    // Three rows: 0 → 1 at rho (weight 1), 1 → 2, 2 → 0 with exp(−(d − rho)/sigma).
    const knn = {n: 3, k: 2, indices: Int32Array.from([0, 1, 1, 2, 2, 0]), distances: Float64Array.from([0, 1, 0, 2, 0, 3])};
    const graph = fuzzySimplicialSet(knn, {sigmas: Float64Array.from([1, 1, 2]), rhos: Float64Array.from([1, 1, 2])});
    expect(Array.from(graph.head)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(Array.from(graph.tail)).toEqual([1, 2, 0, 2, 0, 1]);
    const w12 = Math.exp(-1), w20 = Math.exp(-0.5);
    const expected = [1, w20, 1, w12, w20, w12];
    graph.weight.forEach((w, e) => expect(w).toBeCloseTo(expected[e], 14));
  });

  it("tridiagonalEigen(diagonal, offDiagonal) returns orthonormal eigenvectors: T v = λ v", () => {
    const random = randomSource(3);
    const m = 30;
    const diag = Array.from({length: m}, () => random() * 2 - 1), off = Array.from({length: m - 1}, () => random() * 2 - 1);
    const {values, vectors} = tridiagonalEigen(diag, off);
    for (let s = 0; s < m; ++s) {
      let norm = 0;
      for (let i = 0; i < m; ++i) {
        const tv = diag[i] * vectors[i * m + s] + (i > 0 ? off[i - 1] * vectors[(i - 1) * m + s] : 0) + (i < m - 1 ? off[i] * vectors[(i + 1) * m + s] : 0);
        expect(Math.abs(tv - values[s] * vectors[i * m + s])).toBeLessThan(1e-12);
        norm += vectors[i * m + s] ** 2;
      }
      expect(norm).toBeCloseTo(1, 12);
    }
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(diag.reduce((a, b) => a + b, 0), 12);
  });

  it("spectralLayout(ring) puts a ring of 40 rows on a circle (its Laplacian's first non-trivial eigenvectors are cos and sin)", () => {
    const n = 40;
    const head: number[] = [], tail: number[] = [];
    for (let i = 0; i < n; ++i) {
      head.push(i, i);
      tail.push((i + n - 1) % n, (i + 1) % n);
    }
    const graph = {n, head: Int32Array.from(head), tail: Int32Array.from(tail), weight: new Float64Array(2 * n).fill(1)};
    const layout = spectralLayout(graph, {random: randomSource(1), steps: n - 1})!;
    const radii = Array.from({length: n}, (_, i) => Math.hypot(layout[2 * i], layout[2 * i + 1]));
    for (const r of radii) expect(r).toBeCloseTo(radii[0], 8);
    // Neighbours on the ring are 2π/40 apart on the circle.
    const angle = (i: number) => Math.atan2(layout[2 * i + 1], layout[2 * i]);
    const step = Math.abs(((angle(1) - angle(0) + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
    expect(step).toBeCloseTo((2 * Math.PI) / n, 8);
  });
});

describe("umap(X, options)", {timeout: 120_000}, () => {
  const X = randomBlobs(120, 4, 11);

  it("umap(X, {seed}) gives the same map for the same seed and another for another seed", () => {
    const a = umap(X, {seed: 7, nEpochs: 50});
    const b = umap(X, {seed: 7, nEpochs: 50});
    const c = umap(X, {seed: 8, nEpochs: 50});
    expect(b.embedding).toEqual(a.embedding);
    expect(c.embedding).not.toEqual(a.embedding);
  });

  it("umap(X) returns n × 2 finite coordinates and the settings used", () => {
    const r = umap(X, {nEpochs: 20});
    expect(r.embedding).toHaveLength(120);
    for (const p of r.embedding) {
      expect(p).toHaveLength(2);
      expect(p.every(Number.isFinite)).toBe(true);
    }
    expect(r).toMatchObject({nNeighbors: 15, nEpochs: 20, init: "spectral", minDist: 0.1, spread: 1, seed: 42});
    expect(r.a).toBeCloseTo(1.5769434601962196, 5);
    expect(umap(X.slice(0, 10), {nEpochs: 5}).nNeighbors).toBe(9);
    expect(umap(X.slice(0, 3), {nEpochs: 5}).init).toBe("random");
  });

  it("umap(X) runs 500 epochs up to 10,000 rows (umap-learn's rule)", () => {
    expect(umap(X.slice(0, 20)).nEpochs).toBe(500);
  });

  it("umap(X, {init}) starts from the spectral layout, PCA or random positions", () => {
    for (const init of ["spectral", "pca", "random"] as const) {
      const r = umap(X, {init, nEpochs: 200});
      expect(r.init).toBe(init);
      expect(trustworthiness(X, r.embedding)).toBeGreaterThan(0.9);
    }
  });

  it("umap(X, {onProgress}) reports neighbours, graph, start and epochs in order, ending at the last epoch", () => {
    const seen: UmapProgress[] = [];
    umap(X, {nEpochs: 300, onProgress: (p) => seen.push(p)});
    const stages = [...new Set(seen.map((p) => p.stage))];
    expect(stages).toEqual(["neighbors", "graph", "init", "epochs"]);
    const epochs = seen.filter((p) => p.stage === "epochs");
    expect(epochs.length).toBe(100);
    expect(epochs.at(-1)).toEqual({stage: "epochs", done: 300, total: 300});
  });

  it("umap(X, options) names what is wrong", () => {
    expect(() => umap(X, {nNeighbors: 1})).toThrow("nNeighbors = 1; it must be a whole number ≥ 2");
    expect(() => umap(X, {minDist: 2})).toThrow("minDist = 2; it must lie between 0 and spread (1)");
    expect(() => umap(X, {spread: 0})).toThrow("spread = 0; it must be a positive number");
    expect(() => umap(X, {nEpochs: 0})).toThrow("nEpochs = 0; it must be a whole number ≥ 1");
    expect(() => umap(X, {init: "tsne" as never})).toThrow('init = "tsne"; use "spectral", "pca" or "random"');
    expect(() => umap(X, {seed: NaN})).toThrow("seed = NaN");
    expect(() => umap([[1, 2], [3, 4]])).toThrow("data has 2 rows; at least 3 needed");
    expect(() => umap([[1, 2], [3, NaN], [4, 5]])).toThrow(/row 1/);
  });
});
