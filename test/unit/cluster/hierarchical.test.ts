import {describe, expect, it} from "vitest";
import {copheneticCorrelation, copheneticDistances} from "../../../src/metrics/copheneticCorrelation.js";
import {cutTree} from "../../../src/cluster/cutTree.js";
import {dendrogramLayout} from "../../../src/cluster/dendrogramLayout.js";
import {hierarchical} from "../../../src/cluster/hierarchical/hierarchical.js";
import type {Linkage} from "../../../src/cluster/hierarchical/hierarchical.js";
import {randomSource} from "../../../src/core/random.js";
import {readFileSync} from "node:fs";
import {close, inputOf, loadFixtures, samePartition} from "../fixtures.js";
import {randomScores} from "../randomBlobs.js";

const fixtures = loadFixtures();
const entries = fixtures.flatMap((fx) => fx.hierarchical.map((entry) => ({fx, entry, title: `${fx.name} (${entry.input}, ${entry.method})`})));
const linkages: Linkage[] = ["ward", "complete", "average", "single"];

function sortedColumn(merges: number[][], j: number): number[] {
  return merges.map((row) => row[j]).sort((a, b) => a - b);
}

function randomRows(n: number, d: number, seed: number): number[][] {
  const random = randomSource(seed);
  return Array.from({length: n}, () => Array.from({length: d}, () => random() * 10));
}

describe("hierarchical(X, {linkage}) against scipy's linkage", () => {
  it("has one entry per dataset, input and method", () => {
    expect(entries.length).toBe(fixtures.length * 8);
  });

  for (const {fx, entry, title} of entries) {
    describe(title, () => {
      const X = inputOf(fx, entry);
      const {merges} = hierarchical(X, {linkage: entry.method});

      it(`hierarchical(X, {linkage: "${entry.method}"}) gives scipy's heights and sizes`, () => {
        expect(merges.length).toBe(fx.n - 1);
        const ours = sortedColumn(merges, 2);
        const theirs = sortedColumn(entry.linkage, 2);
        for (let i = 0; i < ours.length; ++i) expect(close(ours[i], theirs[i]), `height ${i}: ${ours[i]} vs ${theirs[i]}`).toBe(true);
        expect(sortedColumn(merges, 3)).toEqual(sortedColumn(entry.linkage, 3));
      });

      it("hierarchical(X) keeps scipy's layout: a < b, new ids n, n + 1, …, heights non-decreasing, sizes adding up", () => {
        const size = new Array<number>(2 * fx.n - 1).fill(1);
        merges.forEach(([a, b, h, s], i) => {
          expect(a).toBeLessThan(b);
          expect(b).toBeLessThan(fx.n + i);
          if (i > 0) expect(h).toBeGreaterThanOrEqual(merges[i - 1][2]);
          size[fx.n + i] = size[a] + size[b];
          expect(s).toBe(size[fx.n + i]);
        });
        expect(merges[fx.n - 2][3]).toBe(fx.n);
      });

      it("cutTree(merges, {k}) gives scipy's maxclust partitions for k = 2…5", () => {
        for (const k of [2, 3, 4, 5]) {
          const labels = cutTree(merges, {k});
          expect(samePartition(labels, entry.maxclust[String(k)]), `k = ${k}`).toBe(true);
        }
      });

      it("copheneticCorrelation(X, merges) equals scipy's cophenet", () => {
        const c = copheneticCorrelation(X, merges);
        expect(close(c, entry.cophenetic_correlation), `${c} vs ${entry.cophenetic_correlation}`).toBe(true);
        expect(close(copheneticCorrelation(X, entry.linkage), entry.cophenetic_correlation)).toBe(true);
      });
    });
  }
});

describe("hierarchical(X, {linkage: \"ward\"}) on tied distances", () => {
  // scipy 1.10.1's Ward linkage of two integer-valued tables, written by reference/linkage-ties.ts.
  const cases = JSON.parse(readFileSync(new URL("../reference/linkage-ties-cases.json", import.meta.url), "utf8")) as {
    index: number;
    heights: number[];
    labels: Record<string, number[]>;
  }[];
  for (const {index, heights, labels} of cases) {
    it(`hierarchical(randomScores(${index}), {linkage: "ward"}) breaks ties as scipy does: same heights, same cuts for k = 2…6`, () => {
      const X = randomScores(index);
      const {merges} = hierarchical(X, {linkage: "ward"});
      expect(merges).toHaveLength(heights.length);
      merges.forEach((m, i) => expect(close(m[2], heights[i], 1e-9)).toBe(true));
      for (const [k, scipy] of Object.entries(labels)) {
        if (new Set(scipy).size !== Number(k)) continue;
        expect(samePartition(cutTree(merges, {k: Number(k)}), scipy)).toBe(true);
      }
    });
  }
});

describe("hierarchical(X, {linkage}) on special inputs", () => {
  // Expected rows: scipy 1.10.1 `linkage(X, method)` on these six rows (/usr/bin/python3).
  const duplicates = [[0, 0, 7], [0, 0, 7], [1, 0, 7], [1, 0, 7], [5, 5, 7], [0, 0, 7]];
  const scipyDuplicates: Record<Linkage, number[][]> = {
    ward: [[0, 1, 0, 2], [5, 6, 0, 3], [2, 3, 0, 2], [7, 8, 1.5491933384829666, 5], [4, 9, 8.771164878927618, 6]],
    complete: [[0, 1, 0, 2], [5, 6, 0, 3], [2, 3, 0, 2], [7, 8, 1, 5], [4, 9, 7.0710678118654755, 6]],
    average: [[0, 1, 0, 2], [5, 6, 0, 3], [2, 3, 0, 2], [7, 8, 1, 5], [4, 9, 6.803890382092424, 6]],
    single: [[0, 1, 0, 2], [5, 6, 0, 3], [2, 3, 0, 2], [7, 8, 1, 5], [4, 9, 6.4031242374328485, 6]]
  };
  for (const linkage of linkages) {
    it(`hierarchical(duplicates and a constant column, {linkage: "${linkage}"}) matches scipy, zero heights included`, () => {
      const {merges} = hierarchical(duplicates, {linkage});
      expect(merges.length).toBe(5);
      merges.forEach((row, i) => {
        expect(row[0]).toBe(scipyDuplicates[linkage][i][0]);
        expect(row[1]).toBe(scipyDuplicates[linkage][i][1]);
        expect(row[2]).toBeCloseTo(scipyDuplicates[linkage][i][2], 12);
        expect(row[3]).toBe(scipyDuplicates[linkage][i][3]);
      });
      expect(cutTree(merges, {height: 0})).toEqual([0, 0, 1, 1, 2, 0]);
      // The three zero-height merges all happen at the lowest cut: k = 4 and 5 leave 3 clusters.
      expect(cutTree(merges, {k: 5})).toEqual([0, 0, 1, 1, 2, 0]);
      expect(cutTree(merges, {k: 2})).toEqual([0, 0, 0, 0, 1, 0]);
    });
  }

  // 24 points on a small integer grid (many exact ties): scipy 1.10.1 `linkage(X, method)` heights and
  // `fcluster(Z, k, "maxclust")` for k = 2…5, made once with /usr/bin/python3 and pasted here.
  const grid = Array.from({length: 24}, (_, i) => [(i * 7) % 4, ((i * 5) % 3) + Math.floor(i / 12)]);
  const scipyGrid: Record<Linkage, {heights: number[]; maxclust: number[][]}> = {
    ward: {
      heights: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1.414213562373, 1.414213562373, 1.414213562373, 1.414213562373, 1.632993161855, 1.632993161855, 2, 2.683281573, 3.286335345031, 4.082482904639, 6.928203230276],
      maxclust: [[2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2], [3, 1, 1, 3, 2, 1, 1, 2, 3, 1, 1, 3, 3, 1, 1, 3, 2, 1, 1, 2, 2, 1, 1, 2], [4, 2, 2, 4, 3, 2, 2, 3, 4, 2, 2, 4, 4, 1, 2, 4, 3, 2, 2, 3, 3, 2, 1, 3], [5, 3, 3, 5, 4, 3, 2, 4, 5, 2, 3, 5, 5, 1, 3, 5, 4, 3, 3, 4, 4, 3, 1, 4]]
    },
    complete: {
      heights: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1.414213562373, 1.414213562373, 1.414213562373, 2.2360679775, 3.162277660168, 3.162277660168, 4.242640687119],
      maxclust: [[1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1], [1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1], [1, 4, 4, 1, 2, 4, 4, 2, 1, 4, 4, 1, 1, 3, 4, 1, 2, 4, 4, 2, 2, 4, 3, 2], [1, 5, 5, 1, 2, 5, 4, 2, 1, 4, 5, 1, 1, 3, 5, 1, 2, 5, 5, 2, 2, 5, 3, 2]]
    },
    average: {
      heights: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1.18409491661, 1.207106781187, 1.207106781187, 1.662570384968, 1.820189101092, 1.946284073991, 2.402762949005],
      maxclust: [[1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1], [1, 3, 3, 1, 1, 3, 3, 1, 1, 3, 3, 1, 1, 2, 3, 1, 1, 3, 3, 1, 1, 3, 2, 1], [2, 4, 4, 2, 1, 4, 4, 1, 2, 4, 4, 2, 2, 3, 4, 2, 1, 4, 4, 1, 1, 4, 3, 1], [2, 5, 5, 2, 1, 5, 4, 1, 2, 4, 5, 2, 2, 3, 5, 2, 1, 5, 5, 1, 1, 5, 3, 1]]
    },
    single: {
      heights: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      maxclust: [2, 3, 4, 5].map(() => new Array<number>(24).fill(1))
    }
  };
  for (const linkage of linkages) {
    it(`hierarchical(grid with ties, {linkage: "${linkage}"}) gives scipy's heights and maxclust cuts`, () => {
      const {merges} = hierarchical(grid, {linkage});
      const heights = merges.map((r) => r[2]);
      scipyGrid[linkage].heights.forEach((h, i) => expect(heights[i]).toBeCloseTo(h, 11));
      [2, 3, 4, 5].forEach((k, i) => expect(samePartition(cutTree(merges, {k}), scipyGrid[linkage].maxclust[i]), `k = ${k}`).toBe(true));
    });
  }

  it("hierarchical(two rows) makes one merge at their distance", () => {
    for (const linkage of linkages) expect(hierarchical([[0, 0], [3, 4]], {linkage}).merges).toEqual([[0, 1, 5, 2]]);
  });

  it("hierarchical(identical rows) merges everything at height 0", () => {
    for (const linkage of linkages) {
      const {merges} = hierarchical([[1, 2], [1, 2], [1, 2], [1, 2]], {linkage});
      expect(merges.map((r) => r[2])).toEqual([0, 0, 0]);
      expect(merges[2][3]).toBe(4);
    }
  });

  it("hierarchical(X, {linkage: \"ward\"}) heights are non-decreasing on random data and equal the centroid formula", () => {
    const X = randomRows(200, 3, 7);
    const {merges} = hierarchical(X, {linkage: "ward"});
    for (let i = 1; i < merges.length; ++i) expect(merges[i][2]).toBeGreaterThanOrEqual(merges[i - 1][2]);
    // Re-derive each height from the members: √(2|A||B|/(|A|+|B|)) · ‖cA − cB‖.
    const members: number[][] = X.map((_, i) => [i]);
    const centroid = (ids: number[]) => [0, 1, 2].map((j) => ids.reduce((s, i) => s + X[i][j], 0) / ids.length);
    for (const [a, b, h] of merges) {
      const A = members[a];
      const B = members[b];
      const ca = centroid(A);
      const cb = centroid(B);
      const dist = Math.hypot(...ca.map((v, j) => v - cb[j]));
      expect(h).toBeCloseTo(Math.sqrt((2 * A.length * B.length) / (A.length + B.length)) * dist, 10);
      members.push([...A, ...B]);
    }
  });

  it("hierarchical(X) accepts a Matrix and gives the same merges as for rows", () => {
    const X = randomRows(30, 2, 3);
    const M = {data: Float64Array.from(X.flat()), n: 30, d: 2};
    for (const linkage of linkages) expect(hierarchical(M, {linkage})).toEqual(hierarchical(X, {linkage}));
  });

  it("hierarchical(X) is deterministic and returns plain arrays", () => {
    const X = randomRows(50, 4, 11);
    const r = hierarchical(X, {linkage: "average"});
    expect(hierarchical(X, {linkage: "average"})).toEqual(r);
    expect(Array.isArray(r.merges) && Array.isArray(r.merges[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("hierarchical(bad input) throws errors that name the problem", () => {
    expect(() => hierarchical([])).toThrow(/empty/);
    expect(() => hierarchical([[1, 2]])).toThrow("hierarchical clustering needs at least 2 rows");
    expect(() => hierarchical([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => hierarchical([[1, NaN], [3, 4]])).toThrow(/NaN/);
    expect(() => hierarchical([[1, "a"], [3, 4]] as unknown as number[][])).toThrow(TypeError);
    expect(() => hierarchical(null as unknown as number[][])).toThrow(TypeError);
    expect(() => hierarchical([[1], [2]], {linkage: "centroid" as Linkage})).toThrow("unknown linkage: centroid");
  });
});

describe("cutTree(merges, options)", () => {
  // Five points on a line at 0, 1, 3, 7, 8: single linkage merges {0,1}@1, {3,4}@1, {0,1,2}@2, all@4.
  const merges = hierarchical([[0], [1], [3], [7], [8]], {linkage: "single"}).merges;

  it("hierarchical on a line gives the hand-computed single-linkage merges", () => {
    expect(merges).toEqual([[0, 1, 1, 2], [3, 4, 1, 2], [2, 5, 2, 3], [6, 7, 4, 5]]);
  });

  it("cutTree(merges, {height}) joins the merges at or below the height", () => {
    expect(cutTree(merges, {height: 0.5})).toEqual([0, 1, 2, 3, 4]);
    expect(cutTree(merges, {height: 1})).toEqual([0, 0, 1, 2, 2]);
    expect(cutTree(merges, {height: 1.5})).toEqual([0, 0, 1, 2, 2]);
    expect(cutTree(merges, {height: 2})).toEqual([0, 0, 0, 1, 1]);
    expect(cutTree(merges, {height: 3.99})).toEqual([0, 0, 0, 1, 1]);
    expect(cutTree(merges, {height: 4})).toEqual([0, 0, 0, 0, 0]);
    expect(cutTree(merges, {height: -1})).toEqual([0, 1, 2, 3, 4]);
  });

  it("cutTree(merges, {k}) returns at most k clusters, fewer on tied heights", () => {
    expect(cutTree(merges, {k: 1})).toEqual([0, 0, 0, 0, 0]);
    expect(cutTree(merges, {k: 2})).toEqual([0, 0, 0, 1, 1]);
    expect(cutTree(merges, {k: 3})).toEqual([0, 0, 1, 2, 2]);
    expect(cutTree(merges, {k: 4})).toEqual([0, 0, 1, 2, 2]); // both merges at height 1 happen together
    expect(cutTree(merges, {k: 5})).toEqual([0, 1, 2, 3, 4]);
  });

  it("cutTree numbers clusters in order of first appearance", () => {
    const m = hierarchical([[10], [0], [10.5], [0.5], [20]], {linkage: "average"}).merges;
    expect(cutTree(m, {k: 3})).toEqual([0, 1, 0, 1, 2]);
  });

  it("cutTree(merges, {height}) equals scipy's fcluster 'distance' on a random tree", () => {
    const X = randomRows(40, 2, 5);
    const {merges: m} = hierarchical(X, {linkage: "complete"});
    // Same partition as joining every pair whose cophenetic distance is at most the height.
    const coph = copheneticDistances(m);
    for (const height of [m[10][2], (m[20][2] + m[21][2]) / 2, m[37][2]]) {
      const labels = cutTree(m, {height});
      let p = 0;
      for (let i = 0; i < 40; ++i) for (let j = i + 1; j < 40; ++j) expect(labels[i] === labels[j]).toBe(coph[p++] <= height);
    }
  });

  it("cutTree(bad options) throws", () => {
    expect(() => cutTree(merges)).toThrow(/either \{k\}/);
    expect(() => cutTree(merges, {k: 2, height: 1})).toThrow(/not both/);
    expect(() => cutTree(merges, {k: 0})).toThrow(/k = 0/);
    expect(() => cutTree(merges, {k: 2.5})).toThrow(/k = 2.5/);
    expect(() => cutTree(merges, {k: 6})).toThrow("k = 6, but the tree has only 5 observations");
    expect(() => cutTree(merges, {height: NaN})).toThrow(/height = NaN/);
    expect(() => cutTree(merges, {height: Infinity})).toThrow(/finite/);
    expect(() => cutTree([], {k: 1})).toThrow(/empty/);
    expect(() => cutTree([[0, 1, 1]], {k: 1})).toThrow(/\[a, b, height, size\]/);
    expect(() => cutTree([[0, 5, 1, 2]], {k: 1})).toThrow(/cluster 5/);
    expect(() => cutTree([[0, 1, 1, 2], [0, 2, 1, 2]], {k: 1})).toThrow(/already merged/);
    expect(() => cutTree([[0, 1, 1, 3]], {k: 1})).toThrow(/size 3/);
    expect(() => cutTree([[0, 1, -1, 2]], {k: 1})).toThrow(/height -1/);
    expect(() => cutTree(null as unknown as number[][], {k: 1})).toThrow(TypeError);
  });
});

describe("copheneticDistances(merges) and copheneticCorrelation(X, merges)", () => {
  it("copheneticDistances is condensed as scipy's cophenet(Z)", () => {
    // scipy: cophenet([[0, 1, 1, 2], [2, 3, 3, 3]]) = [1, 3, 3]
    expect(copheneticDistances([[0, 1, 1, 2], [2, 3, 3, 3]])).toEqual([1, 3, 3]);
    expect(copheneticDistances([[1, 2, 1, 2], [0, 3, 3, 3]])).toEqual([3, 3, 1]);
  });

  it("copheneticCorrelation(X, merges) equals Pearson's r computed directly", () => {
    const X = randomRows(60, 3, 9);
    for (const linkage of linkages) {
      const {merges} = hierarchical(X, {linkage});
      const coph = copheneticDistances(merges);
      const dist: number[] = [];
      for (let i = 0; i < 60; ++i) for (let j = i + 1; j < 60; ++j) dist.push(Math.hypot(...X[i].map((v, t) => v - X[j][t])));
      const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
      const mx = mean(dist);
      const my = mean(coph);
      let sxy = 0, sxx = 0, syy = 0;
      for (let p = 0; p < dist.length; ++p) {
        sxy += (dist[p] - mx) * (coph[p] - my);
        sxx += (dist[p] - mx) ** 2;
        syy += (coph[p] - my) ** 2;
      }
      expect(copheneticCorrelation(X, merges)).toBeCloseTo(sxy / Math.sqrt(sxx * syy), 12);
    }
  });

  it("copheneticCorrelation(X, merges) rejects data of another size", () => {
    const {merges} = hierarchical([[0], [1], [3]]);
    expect(() => copheneticCorrelation([[0], [1]], merges)).toThrow("the data has 2 rows, but the merges describe 3 observations");
  });
});

describe("dendrogramLayout(merges)", () => {
  // scipy 1.10.1 `dendrogram(Z, no_plot=True)["leaves"]` for each fixture's linkage matrix Z, made once with
  // /usr/bin/python3 (json.load the fixture, np.array(entry["linkage"]), dendrogram(...)) and pasted here.
  const scipyLeaves: Record<string, number[]> = {
    "cooking/raw/ward": [10, 11, 6, 7, 8, 9, 4, 3, 5, 1, 0, 2], "cooking/raw/complete": [10, 11, 9, 6, 7, 8, 4, 3, 5, 1, 0, 2], "cooking/raw/average": [10, 11, 9, 6, 7, 8, 4, 3, 5, 1, 0, 2], "cooking/raw/single": [11, 10, 9, 4, 3, 5, 6, 7, 8, 1, 0, 2], "cooking/standardized/ward": [9, 10, 11, 4, 3, 5, 8, 6, 7, 1, 0, 2], "cooking/standardized/complete": [9, 10, 11, 8, 6, 7, 4, 3, 5, 1, 0, 2], "cooking/standardized/average": [9, 10, 11, 4, 3, 5, 8, 6, 7, 1, 0, 2], "cooking/standardized/single": [11, 10, 9, 4, 3, 5, 8, 6, 7, 1, 0, 2],
    "food_delivery/raw/ward": [5, 9, 1, 7, 2, 8, 4, 3, 0, 6], "food_delivery/raw/complete": [5, 9, 1, 7, 3, 0, 6, 4, 2, 8], "food_delivery/raw/average": [5, 9, 1, 7, 2, 8, 4, 3, 0, 6], "food_delivery/raw/single": [2, 8, 5, 9, 1, 7, 4, 3, 0, 6], "food_delivery/standardized/ward": [5, 1, 7, 2, 8, 4, 9, 3, 0, 6], "food_delivery/standardized/complete": [5, 9, 1, 7, 3, 0, 6, 4, 2, 8], "food_delivery/standardized/average": [2, 8, 5, 1, 7, 4, 3, 9, 0, 6], "food_delivery/standardized/single": [2, 8, 4, 3, 0, 6, 9, 5, 1, 7],
    "menu/raw/ward": [4, 0, 7, 9, 2, 5, 10, 1, 6, 3, 8], "menu/raw/complete": [10, 3, 8, 9, 2, 5, 4, 0, 7, 1, 6], "menu/raw/average": [10, 1, 6, 3, 8, 4, 0, 7, 9, 2, 5], "menu/raw/single": [10, 9, 4, 0, 7, 2, 5, 8, 3, 1, 6], "menu/standardized/ward": [0, 4, 7, 9, 2, 5, 10, 8, 3, 1, 6], "menu/standardized/complete": [10, 8, 3, 1, 6, 9, 2, 5, 0, 4, 7], "menu/standardized/average": [10, 8, 9, 3, 1, 6, 2, 5, 0, 4, 7], "menu/standardized/single": [10, 8, 9, 2, 5, 3, 0, 4, 7, 1, 6],
    "recipe_profiles/raw/ward": [5, 7, 1, 4, 2, 6, 0, 3], "recipe_profiles/raw/complete": [5, 7, 1, 4, 2, 6, 0, 3], "recipe_profiles/raw/average": [5, 7, 1, 4, 2, 6, 0, 3], "recipe_profiles/raw/single": [2, 6, 0, 3, 5, 7, 1, 4], "recipe_profiles/standardized/ward": [5, 4, 1, 7, 2, 6, 0, 3], "recipe_profiles/standardized/complete": [2, 6, 0, 3, 5, 4, 1, 7], "recipe_profiles/standardized/average": [5, 4, 1, 7, 2, 6, 0, 3], "recipe_profiles/standardized/single": [2, 6, 0, 3, 5, 4, 1, 7],
    "recipes/raw/ward": [1, 0, 7, 2, 5, 6, 3, 4], "recipes/raw/complete": [2, 5, 1, 0, 7, 6, 3, 4], "recipes/raw/average": [6, 3, 4, 1, 0, 7, 2, 5], "recipes/raw/single": [6, 3, 4, 1, 0, 7, 2, 5], "recipes/standardized/ward": [0, 2, 5, 6, 3, 4, 1, 7], "recipes/standardized/complete": [0, 2, 5, 6, 3, 4, 1, 7], "recipes/standardized/average": [6, 2, 5, 3, 0, 4, 1, 7], "recipes/standardized/single": [6, 3, 0, 4, 1, 7, 2, 5],
    "spices/raw/ward": [4, 5, 2, 3, 6, 7, 0, 1], "spices/raw/complete": [6, 7, 2, 3, 0, 1, 4, 5], "spices/raw/average": [4, 5, 2, 3, 6, 7, 0, 1], "spices/raw/single": [4, 5, 2, 3, 6, 7, 0, 1], "spices/standardized/ward": [6, 7, 0, 1, 4, 5, 2, 3], "spices/standardized/complete": [4, 5, 2, 3, 6, 7, 0, 1], "spices/standardized/average": [2, 3, 4, 5, 6, 7, 0, 1], "spices/standardized/single": [2, 3, 4, 5, 6, 7, 0, 1]
  };
  // Same, for blobs-300x2 (raw, ward): only the first and last 12 leaves, to keep the file readable.
  const blobsHead = [11, 68, 37, 140, 13, 88, 31, 36, 137, 60, 35, 66];
  const blobsTail = [201, 18, 179, 265, 40, 120, 0, 190, 138, 226, 215, 216];

  it("dendrogramLayout(Z).order equals scipy's dendrogram leaves for every seed-dataset fixture", () => {
    let checked = 0;
    for (const {fx, entry} of entries) {
      const key = `${fx.name}/${entry.input}/${entry.method}`;
      if (!(key in scipyLeaves)) continue;
      expect(dendrogramLayout(entry.linkage).order, key).toEqual(scipyLeaves[key]);
      ++checked;
    }
    expect(checked).toBe(Object.keys(scipyLeaves).length);
  });

  it("dendrogramLayout(Z).order equals scipy's on blobs-300x2", () => {
    const fx = fixtures.find((f) => f.name === "blobs-300x2")!;
    const entry = fx.hierarchical.find((e) => e.input === "raw" && e.method === "ward")!;
    const {order} = dendrogramLayout(entry.linkage);
    expect(order.slice(0, 12)).toEqual(blobsHead);
    expect(order.slice(-12)).toEqual(blobsTail);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({length: 300}, (_, i) => i));
  });

  it("dendrogramLayout(merges) places leaves, nodes and ⊓ links as scipy's icoord/dcoord (x = (icoord − 5) / 10)", () => {
    const merges = hierarchical([[0], [1], [3], [7], [8]], {linkage: "single"}).merges;
    const layout = dendrogramLayout(merges);
    // scipy 1.10.1 dendrogram(linkage([[0], [1], [3], [7], [8]], "single"), no_plot=True):
    const leaves = [3, 4, 2, 0, 1];
    const icoord = [[5, 5, 15, 15], [35, 35, 45, 45], [25, 25, 40, 40], [10, 10, 32.5, 32.5]];
    const dcoord = [[0, 1, 1, 0], [0, 1, 1, 0], [0, 2, 2, 1], [1, 4, 4, 2]];
    expect(layout.order).toEqual(leaves);
    expect(layout.leaves).toEqual(leaves.map((index, p) => ({index, position: p, x: p, y: 0})));
    expect(layout.nodes.map((d) => [d.id, d.x, d.y, d.size, d.left, d.right])).toEqual([
      [5, 3.5, 1, 2, 0, 1],
      [6, 0.5, 1, 2, 3, 4],
      [7, 2.75, 2, 3, 2, 5],
      [8, 1.625, 4, 5, 6, 7]
    ]);
    // Each merge's three segments, as scipy's 4-point path (scipy lists the paths in drawing order).
    expect(layout.links.length).toBe(12);
    const paths = layout.nodes.map((node, i) => {
      const [left, bar, right] = layout.links.slice(3 * i, 3 * i + 3);
      expect([left.node, bar.node, right.node]).toEqual([node.id, node.id, node.id]);
      expect([left.child, bar.child, right.child]).toEqual([node.left, null, node.right]);
      expect([bar.x1, bar.y1, bar.x2, bar.y2]).toEqual([left.x2, left.y2, right.x2, right.y2]);
      return JSON.stringify([[left.x1, bar.x1, bar.x2, right.x1].map((x) => 5 + 10 * x), [left.y1, bar.y1, bar.y2, right.y1]]);
    });
    expect(paths.sort()).toEqual(icoord.map((ic, i) => JSON.stringify([ic, dcoord[i]])).sort());
  });

  it("dendrogramLayout(merges, {orientation: \"horizontal\"}) swaps x and y", () => {
    const merges = hierarchical([[0], [1], [3]], {linkage: "single"}).merges;
    const v = dendrogramLayout(merges);
    const h = dendrogramLayout(merges, {orientation: "horizontal"});
    expect(h.order).toEqual(v.order);
    expect(h.links).toEqual(v.links.map((l) => ({...l, x1: l.y1, y1: l.x1, x2: l.y2, y2: l.x2})));
    expect(h.nodes).toEqual(v.nodes.map((d) => ({...d, x: d.y, y: d.x})));
    expect(() => dendrogramLayout(merges, {orientation: "diagonal" as "vertical"})).toThrow("unknown orientation: diagonal");
    expect(() => dendrogramLayout([[0, 0, 1, 2]])).toThrow(/itself/);
  });
});
