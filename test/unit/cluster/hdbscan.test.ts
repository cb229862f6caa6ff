import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {adjustedRandIndex, hdbscan, hdbscanPredict, toMatrix} from "../../../src/index.js";
import {kdTree, kthNeighbourDistances} from "../../../src/cluster/kdTree.js";
import {coreBalls} from "../../../src/cluster/hdbscan/neighbourhoods.js";
import {mutualReachabilityTree, primTree} from "../../../src/cluster/hdbscan/spanningTree.js";
import {singleLinkage} from "../../../src/cluster/hdbscan/singleLinkage.js";
import {randomBlobs} from "../randomBlobs.js";

interface Case {
  name: string;
  minPts: number;
  cluster: number[];
  membership_prob: number[];
  outlier_scores: number[];
  coredist: number[];
  cluster_scores: (number | "NaN")[] | number | "NaN";
  heights: number[];
}

const reference = JSON.parse(readFileSync(new URL("../reference/hdbscan-cases.json", import.meta.url), "utf8")) as {
  data: Record<string, number[][]>;
  cases: Case[];
};

function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>, relative = false): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; ++i) m = Math.max(m, Math.abs(a[i] - b[i]) / (relative ? Math.max(1, Math.abs(b[i])) : 1));
  return m;
}

describe("hdbscan(X, {minClusterSize: m}) against R's dbscan::hdbscan(x, minPts = m)", () => {
  for (const c of reference.cases) {
    const X = reference.data[c.name];
    const rScores = ([] as (number | "NaN")[]).concat(c.cluster_scores).filter((v): v is number => v !== "NaN");

    it(`hdbscan(${c.name}, {minClusterSize: ${c.minPts}}) has R's labels, noise, probabilities, outlier scores and stabilities`, () => {
      const r = hdbscan(X, {minClusterSize: c.minPts});
      const rLabels = c.cluster.map((v) => v - 1);
      // R numbers clusters 1…k in the order FOSC keeps them (0 = noise); ours are 0…k − 1 in the same order.
      expect(r.labels).toEqual(rLabels);
      expect(adjustedRandIndex(r.labels, rLabels)).toBe(1);
      expect(r.nNoise).toBe(rLabels.filter((l) => l < 0).length);
      expect(maxDifference(r.coreDistances, c.coredist, true)).toBeLessThan(1e-12);
      expect(maxDifference(r.outlierScores, c.outlier_scores)).toBeLessThan(1e-11);
      expect(maxDifference(r.persistence, rScores, true)).toBeLessThan(1e-11);
      if (r.nClusters > 0) expect(maxDifference(r.probabilities, c.membership_prob)).toBeLessThan(1e-12);
      // With no cluster R still fills membership_prob as if all rows were one; noise is 0 here.
      else expect(r.probabilities.every((p) => p === 0)).toBe(true);
    });

    it(`mutualReachabilityTree on ${c.name}, minPts ${c.minPts}: R's merge heights, and Prim's path without n² distances equals the dense one`, () => {
      const M = toMatrix(X);
      const tree = kdTree(M);
      const core = kthNeighbourDistances(tree, c.minPts);
      expect(Array.from(coreBalls(tree, c.minPts).core)).toEqual(Array.from(core));
      const dense = primTree(M, core);
      expect(maxDifference(singleLinkage(dense, M.n).height, c.heights, true)).toBeLessThan(1e-12);
      const sparse = mutualReachabilityTree(M, tree, c.minPts, 0).path;
      expect(Array.from(sparse.from)).toEqual(Array.from(dense.from));
      expect(Array.from(sparse.to)).toEqual(Array.from(dense.to));
      expect(Array.from(sparse.weight)).toEqual(Array.from(dense.weight));
    });
  }

  it("hdbscan(X) on 6,000 seeded rows: Borůvka with the sparse Prim order equals dense Prim's order", () => {
    const M = toMatrix(randomBlobs(6000, 2, 11));
    const tree = kdTree(M);
    const core = kthNeighbourDistances(tree, 5);
    const dense = primTree(M, core);
    const sparse = mutualReachabilityTree(M, tree, 5).path;
    expect(Array.from(sparse.from)).toEqual(Array.from(dense.from));
    expect(Array.from(sparse.weight)).toEqual(Array.from(dense.weight));
  });
});

describe("hdbscan(X, {clusterSelectionMethod, clusterSelectionEpsilon, minSamples})", () => {
  const X = reference.data["densities-350x2"];

  it("hdbscan(X, {clusterSelectionMethod: 'leaf'}) refines the eom clusters", () => {
    const eom = hdbscan(X, {minClusterSize: 8});
    const leaf = hdbscan(X, {minClusterSize: 8, clusterSelectionMethod: "leaf"});
    expect(leaf.nClusters).toBeGreaterThan(eom.nClusters);
    const parentOf = new Map<number, number>();
    leaf.labels.forEach((l, i) => {
      if (l < 0) return;
      expect(eom.labels[i]).toBeGreaterThanOrEqual(0);
      if (!parentOf.has(l)) parentOf.set(l, eom.labels[i]);
      expect(eom.labels[i]).toBe(parentOf.get(l));
    });
    // Every leaf of the tree is selected.
    const leaves = leaf.condensedTree.clusters.filter((c) => c.id > 0 && !leaf.condensedTree.clusters.some((d) => d.parent === c.id));
    expect(leaves.every((c) => c.label >= 0)).toBe(true);
  });

  it("hdbscan(X, {clusterSelectionEpsilon}) merges clusters born below epsilon, never into the root", () => {
    const base = hdbscan(X, {minClusterSize: 5, clusterSelectionMethod: "leaf"});
    const small = hdbscan(X, {minClusterSize: 5, clusterSelectionMethod: "leaf", clusterSelectionEpsilon: 1e-9});
    expect(small.labels).toEqual(base.labels);
    const births = base.condensedTree.clusters.filter((c) => c.label >= 0).map((c) => c.birth).sort((a, b) => a - b);
    const eps = births[Math.floor(births.length / 2)];
    const merged = hdbscan(X, {minClusterSize: 5, clusterSelectionMethod: "leaf", clusterSelectionEpsilon: eps});
    expect(merged.nClusters).toBeLessThan(base.nClusters);
    for (const c of merged.condensedTree.clusters.filter((c) => c.label >= 0)) {
      expect(c.birth >= eps || c.parent === 0).toBe(true);
    }
    const huge = hdbscan(X, {minClusterSize: 5, clusterSelectionEpsilon: 1e9});
    expect(huge.nClusters).toBeLessThanOrEqual(2);
    expect(huge.condensedTree.clusters.filter((c) => c.label >= 0).every((c) => c.parent === 0)).toBe(true);
  });

  it("hdbscan(X, {minSamples}) sets the core distances apart from the cluster size", () => {
    const r = hdbscan(X, {minClusterSize: 10, minSamples: 3});
    const M = toMatrix(X);
    expect(r.coreDistances).toEqual(Array.from(kthNeighbourDistances(kdTree(M), 3)));
    expect(r.minSamples).toBe(3);
    for (let l = 0; l < r.nClusters; ++l) expect(r.labels.filter((x) => x === l).length).toBeGreaterThanOrEqual(10);
  });

  it("hdbscan(X) returns probabilities and outlier scores in [0, 1], 0 probability for noise, JSON-ready", () => {
    const r = hdbscan(X);
    r.probabilities.forEach((p, i) => {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      if (r.labels[i] < 0) expect(p).toBe(0);
    });
    r.outlierScores.forEach((s) => expect(s >= 0 && s <= 1).toBe(true));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("hdbscan(X, options) names each bad option", () => {
    expect(() => hdbscan(X, {minClusterSize: 1})).toThrow(/minClusterSize = 1/);
    expect(() => hdbscan(X, {minClusterSize: 2.5})).toThrow(/whole number of rows, at least 2/);
    expect(() => hdbscan(X, {minSamples: 0})).toThrow(/minSamples = 0/);
    expect(() => hdbscan([[0, 0], [1, 1]], {minClusterSize: 2, minSamples: 3})).toThrow(/minSamples = 3, but the data has only 2 rows/);
    expect(() => hdbscan(X, {clusterSelectionMethod: "tallest" as "eom"})).toThrow(/unknown clusterSelectionMethod: tallest/);
    expect(() => hdbscan(X, {clusterSelectionEpsilon: -1})).toThrow(/clusterSelectionEpsilon = -1/);
    expect(() => hdbscan([[0, NaN]])).toThrow(/NaN/);
  });
});

describe("hdbscanPredict(model, X)", () => {
  const X = reference.data["groups-230x4"];
  const fit = hdbscan(X, {minClusterSize: 8});
  const model = {...fit, data: X};

  it("hdbscanPredict(model, rows of the fit) gives their own cluster to nearly all clustered rows", () => {
    const p = hdbscanPredict(model, X);
    const clustered = fit.labels.map((l, i) => [l, i]).filter(([l]) => l >= 0);
    const same = clustered.filter(([l, i]) => p.labels[i] === l).length;
    expect(same / clustered.length).toBeGreaterThan(0.95);
    expect(p.labels.every((l, i) => l === -1 || l === fit.labels[i] || fit.labels[i] === -1)).toBe(true);
  });

  it("hdbscanPredict(model, X) labels a far-away row noise and a cluster's centre its cluster", () => {
    const members = X.filter((_, i) => fit.labels[i] === 0);
    const centre = members[0].map((_, j) => members.reduce((s, x) => s + x[j], 0) / members.length);
    const p = hdbscanPredict(model, [centre, [100, 100, 100, 100]]);
    expect(p.labels).toEqual([0, -1]);
    expect(p.probabilities[0]).toBeGreaterThan(0);
    expect(p.probabilities[1]).toBe(0);
    expect(() => hdbscanPredict(model, [[1, 2]])).toThrow(/2 columns but the model was fitted on 4/);
  });
});
