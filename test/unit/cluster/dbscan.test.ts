import {describe, expect, it} from "vitest";
import {dbscan, kDistance, suggestEps, toMatrix} from "../../../src/index.js";
import {kdTree} from "../../../src/cluster/kdTree.js";
import {close, inputOf, loadFixtures, samePartition} from "../fixtures.js";

const fixtures = loadFixtures();

/** Reference DBSCAN by brute force, written straight from the definition (scikit-learn's order). */
function bruteDbscan(X: number[][], eps: number, minSamples: number): {labels: number[]; core: boolean[]} {
  const n = X.length;
  const near = X.map((a) => X.map((b, j) => (Math.hypot(...a.map((v, t) => v - b[t])) <= eps ? j : -1)).filter((j) => j >= 0));
  const core = near.map((nb) => nb.length >= minSamples);
  const labels = new Array<number>(n).fill(-1);
  let c = 0;
  for (let i = 0; i < n; ++i) {
    if (!core[i] || labels[i] !== -1) continue;
    const stack = [i];
    labels[i] = c;
    while (stack.length) {
      const p = stack.pop()!;
      for (const q of near[p]) {
        if (labels[q] !== -1) continue;
        labels[q] = c;
        if (core[q]) stack.push(q);
      }
    }
    ++c;
  }
  return {labels, core};
}

function scatter(n: number, d: number, seed: number): number[][] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  // Clumps plus uniform background, rounded so that exact ties at distance eps occur.
  return Array.from({length: n}, (_, i) => Array.from({length: d}, (_, j) => Math.round(((i % 3) * 4 + j + next() * 6) * 4) / 4));
}

describe("dbscan(X, {eps, minSamples})", () => {
  for (const fx of fixtures) {
    for (const e of fx.dbscan) {
      it(`dbscan(X, {eps: ${e.eps}, minSamples: ${e.min_samples}}) matches scikit-learn on ${fx.name} (${e.input})`, () => {
        const r = dbscan(inputOf(fx, e), {eps: e.eps, minSamples: e.min_samples});
        expect(r.core).toEqual(e.core);
        expect(r.labels.map((l) => l === -1)).toEqual(e.labels.map((l) => l === -1));
        expect(samePartition(r.labels, e.labels, {noise: true})).toBe(true);
        // Clusters are numbered in scikit-learn's order, so the labels are identical, not only equivalent.
        expect(r.labels).toEqual(e.labels);
        expect(r.nNoise).toBe(e.labels.filter((l) => l === -1).length);
        expect(r.nClusters).toBe(new Set(e.labels.filter((l) => l >= 0)).size);
      });
    }
  }

  it("dbscan(X, {eps, minSamples}) agrees with a brute-force DBSCAN, ties at distance eps included", () => {
    for (const [n, d, eps, minSamples] of [[400, 2, 0.75, 4], [300, 3, 1, 5], [250, 5, 1.5, 3], [200, 20, 8, 4], [150, 40, 13, 4], [60, 1, 0.25, 2]]) {
      // d = 40 exceeds MAX_TREE_DIMENSIONS: the single-leaf (brute-force) path.
      const X = scatter(n, d, n + d);
      const expected = bruteDbscan(X, eps, minSamples);
      const r = dbscan(X, {eps, minSamples});
      expect(r.nClusters).toBeGreaterThan(0);
      expect(r.core).toEqual(expected.core);
      expect(r.labels).toEqual(expected.labels);
    }
  });

  it("dbscan(X, {eps}) counts a neighbour at exactly eps (inclusive, as scikit-learn)", () => {
    const r = dbscan([[0], [1], [2], [10]], {eps: 1, minSamples: 3});
    expect(r.core).toEqual([false, true, false, false]);
    expect(r.labels).toEqual([0, 0, 0, -1]);
    expect(r.nClusters).toBe(1);
    expect(r.nNoise).toBe(1);
  });

  it("dbscan(X, {eps, minSamples: 1}) makes every point core; duplicate points are neighbours", () => {
    const r = dbscan([[0, 0], [0, 0], [5, 5], [0, 0]], {eps: 0.1, minSamples: 1});
    expect(r.labels).toEqual([0, 0, 1, 0]);
    expect(r.core).toEqual([true, true, true, true]);
    const dup = dbscan([[1, 1], [1, 1], [1, 1], [9, 9]], {eps: 0.5, minSamples: 3});
    expect(dup.labels).toEqual([0, 0, 0, -1]);
  });

  it("dbscan(X) gives a border point to the first cluster that reaches it", () => {
    // Point 3 is within eps of core points of both clusters; cluster 0 (seeded by row 0) reaches it first.
    const X = [[0], [0.2], [0.4], [0.6], [1], [1.9], [2.8], [3.2], [3.4], [3.6]];
    const r = dbscan(X, {eps: 1, minSamples: 4});
    expect(r.core).toEqual([true, true, true, true, true, false, true, true, true, true]);
    expect(r.labels).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    // Reversed, the other cluster is found first and takes the border point.
    const back = dbscan([...X].reverse(), {eps: 1, minSamples: 4});
    expect(back.labels).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it("dbscan(X) accepts a Matrix and is deterministic", () => {
    const fx = fixtures.find((f) => f.name === "blobs-300x5")!;
    const a = dbscan(toMatrix(fx.standardized), {eps: 0.5});
    expect(a).toEqual(dbscan(fx.standardized, {eps: 0.5}));
  });

  it("dbscan(X, options) rejects bad options with messages for a person", () => {
    const X = [[0, 1], [1, 2]];
    expect(() => dbscan(X)).toThrow(/eps = undefined/);
    expect(() => dbscan(X, {eps: 0})).toThrow(/eps = 0/);
    expect(() => dbscan(X, {eps: -1})).toThrow(RangeError);
    expect(() => dbscan(X, {eps: NaN})).toThrow(/eps = NaN/);
    expect(() => dbscan(X, {eps: Infinity})).toThrow(/eps = Infinity/);
    expect(() => dbscan(X, {eps: 1, minSamples: 0})).toThrow(/minSamples = 0/);
    expect(() => dbscan(X, {eps: 1, minSamples: 2.5})).toThrow(/minSamples = 2.5/);
    expect(() => dbscan([], {eps: 1})).toThrow(/empty/);
    expect(() => dbscan([[1, NaN]], {eps: 1})).toThrow(/NaN/);
  });
});

describe("kDistance(X, {k})", () => {
  for (const fx of fixtures) {
    for (const e of fx.dbscan) {
      it(`kDistance(X, {k: ${e.min_samples}}) matches scikit-learn's k-distance curve on ${fx.name} (eps ${e.eps})`, () => {
        const curve = kDistance(inputOf(fx, e), {k: e.min_samples});
        expect(curve).toHaveLength(e.k_distance_sorted_desc.length);
        const bad = curve.filter((v, i) => !close(v, e.k_distance_sorted_desc[i], 1e-9, 1e-12));
        expect(bad).toEqual([]);
      });
    }
  }

  it("kDistance(X, {k}) equals a brute-force k-th neighbour distance, and k = 1 gives zeros", () => {
    for (const [n, d] of [[500, 2], [300, 4], [120, 20], [80, 40]]) {
      const X = scatter(n, d, 7 * n + d);
      for (const k of [1, 2, 5, 17]) {
        const expected = X.map((a) => X.map((b) => Math.hypot(...a.map((v, t) => v - b[t]))).sort((x, y) => x - y)[k - 1]).sort((x, y) => y - x);
        const curve = kDistance(X, {k});
        expect(curve.every((v, i) => close(v, expected[i], 1e-12, 1e-12))).toBe(true);
        if (k === 1) expect(curve.every((v) => v === 0)).toBe(true);
      }
    }
  });

  it("kDistance(X, {k: n}) reaches the farthest point; k out of range throws", () => {
    expect(kDistance([[0], [3], [4]], {k: 3})).toEqual([4, 4, 3]);
    expect(() => kDistance([[0], [1]], {k: 3})).toThrow("k = 3, but the data has only 2 rows");
    expect(() => kDistance([[0], [1]], {k: 0})).toThrow(/k = 0/);
    expect(() => kDistance([[0], [1]], {k: 1.5})).toThrow(/k = 1.5/);
  });
});

describe("suggestEps(X, {k})", () => {
  it("suggestEps(curve) finds the knee of a hand-made curve", () => {
    const curve = [10, 6, 3, 1.2, 1.1, 1.0, 0.95, 0.9, 0.9, 0.85, 0.8];
    expect(suggestEps(curve)).toEqual({eps: 1.2, index: 3});
    // Order does not matter: the curve is sorted descending first.
    expect(suggestEps([...curve].reverse())).toEqual({eps: 1.2, index: 3});
  });

  it("suggestEps(X, {k: 1}) is suggestEps(X, {k: 2}): at minSamples = 1 every point is its own nearest neighbour (issue 14, error 1)", () => {
    const fx = fixtures.find((f) => f.name === "blobs-300x5")!;
    const one = suggestEps(fx.standardized, {k: 1});
    expect(one).toEqual(suggestEps(fx.standardized, {k: 2}));
    expect(one.eps).toBeGreaterThan(0);
    // A curve of zeros alone still says nothing, with a message a reader can act on.
    expect(() => suggestEps([0, 0, 0])).toThrow(/every k-distance is 0/);
  });

  it("suggestEps(blobs-300x5) gives an eps with which dbscan finds the four blobs with little noise", () => {
    const fx = fixtures.find((f) => f.name === "blobs-300x5")!;
    const blobs = fx.kmeans.find((e) => e.input === "standardized" && e.k === 4)!.labels; // well separated: k-means recovers them
    const {eps} = suggestEps(fx.standardized, {k: 5});
    const r = dbscan(fx.standardized, {eps, minSamples: 5});
    expect(r.nClusters).toBe(4);
    expect(r.nNoise).toBeLessThanOrEqual(0.08 * fx.n);
    const kept = r.labels.map((l, i) => i).filter((i) => r.labels[i] >= 0);
    expect(samePartition(kept.map((i) => r.labels[i]), kept.map((i) => blobs[i]))).toBe(true);
  });

  it("suggestEps(blobs-300x2) gives an eps with little noise where the four blobs touch", () => {
    // These blobs overlap: no (eps, minSamples = 5) separates all four, so the check is on noise and on the
    // suggested eps lying between the fixtures' over-split 0.3 (3 clusters, 25 noise) and merged 0.5.
    const fx = fixtures.find((f) => f.name === "blobs-300x2")!;
    const {eps, index} = suggestEps(fx.standardized, {k: 5});
    expect(index).toBeGreaterThan(0);
    expect(eps).toBeGreaterThan(0.3);
    expect(eps).toBeLessThan(0.5);
    const r = dbscan(fx.standardized, {eps, minSamples: 5});
    expect(r.nNoise).toBeLessThanOrEqual(0.05 * fx.n);
    expect(r.nClusters).toBeGreaterThanOrEqual(1);
  });

  it("suggestEps(X) on every seed dataset gives a positive eps inside the k-distance range", () => {
    for (const fx of fixtures) {
      const k = Math.min(fx.dbscan[0]?.min_samples ?? 2, fx.n);
      const curve = kDistance(fx.standardized, {k});
      const {eps, index} = suggestEps(fx.standardized, {k});
      expect(eps).toBe(curve[index]);
      expect(eps).toBeGreaterThan(0);
      expect(eps).toBeLessThanOrEqual(curve[0]);
    }
  });

  it("suggestEps rejects negative distances and all-identical points", () => {
    expect(() => suggestEps([1, -1, 0.5])).toThrow(/k-distance 1 is -1/);
    expect(() => suggestEps([[1, 1], [1, 1], [1, 1]], {k: 2})).toThrow(/every k-distance is 0/);
  });
});

describe("kdTree", () => {
  it("kdTree(M) puts every row in exactly one leaf inside its node's bounding box", () => {
    const M = toMatrix(scatter(1000, 3, 5));
    const tree = kdTree(M, {leafSize: 8});
    const seen = new Set(Array.from(tree.index));
    expect(seen.size).toBe(1000);
    for (let node = 0; node < tree.nNodes; ++node) {
      for (let p = tree.start[node]; p < tree.end[node]; ++p) {
        for (let j = 0; j < 3; ++j) {
          const v = tree.points[p * 3 + j];
          expect(v >= tree.lo[node * 3 + j] && v <= tree.hi[node * 3 + j]).toBe(true);
        }
      }
      if (node >= tree.firstLeaf) expect(tree.end[node] - tree.start[node]).toBeLessThanOrEqual(8);
    }
  });
});
