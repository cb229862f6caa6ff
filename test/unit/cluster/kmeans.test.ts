import {describe, expect, it} from "vitest";
import {bestRun, kmeans, kmeansRunPlan, randomSource, toMatrix} from "../../../src/index.js";
import type {KmeansResult} from "../../../src/index.js";
import {EXACT_ROWS, kmeansPlusPlus, seedingWorkspace} from "../../../src/cluster/kmeans/kmeansPlusPlus.js";
import {close, inputOf, loadFixtures, samePartition} from "../fixtures.js";
import {randomBlobs, randomTable} from "../randomBlobs.js";
import {LARGE_CASES} from "../reference/kmeans-large-cases.js";
import {TABLE_CASES} from "../reference/kmeans-tables-cases.js";

const fixtures = loadFixtures();
const fixture = (name: string) => fixtures.find((fx) => fx.name === name)!;

function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let j = 0; j < a.length; ++j) s += (a[j] - b[j]) ** 2;
  return s;
}

function inertiaOf(X: number[][], centers: number[][], labels: number[]): number {
  return X.reduce((sum, x, i) => sum + squaredDistance(x, centers[labels[i]]), 0);
}

function nearestLabels(X: number[][], centers: number[][]): number[] {
  return X.map((x) => {
    let best = 0;
    for (let c = 1; c < centers.length; ++c) if (squaredDistance(x, centers[c]) < squaredDistance(x, centers[best])) best = c;
    return best;
  });
}

/** Checks what must hold for any result: shapes, label range, and inertia equal to its definition. */
function expectConsistent(X: number[][], k: number, result: KmeansResult): void {
  expect(result.labels).toHaveLength(X.length);
  expect(result.centers).toHaveLength(k);
  for (const center of result.centers) expect(center).toHaveLength(X[0].length);
  for (const label of result.labels) expect(Number.isInteger(label) && label >= 0 && label < k).toBe(true);
  expect(close(result.inertia, inertiaOf(X, result.centers, result.labels), 1e-12, 1e-12)).toBe(true);
  expect(result.iterations).toBeGreaterThanOrEqual(1);
}

describe("kmeans(X, {k}) against scikit-learn", () => {
  for (const fx of fixtures) {
    for (const entry of fx.kmeans) {
      it(`kmeans(X, {k: ${entry.k}}) is no worse than scikit-learn's inertia on ${fx.name}`, () => {
        const X = inputOf(fx, entry);
        const result = kmeans(X, {k: entry.k});
        expectConsistent(X, entry.k, result);
        expect(result.inertia).toBeLessThanOrEqual(entry.inertia * (1 + 1e-9));
        if (close(result.inertia, entry.inertia)) {
          expect(samePartition(result.labels, entry.labels)).toBe(true);
          // Match clusters through the labels, then compare centres.
          for (let i = 0; i < X.length; ++i) {
            const ours = result.centers[result.labels[i]];
            const theirs = entry.centers[entry.labels[i]];
            for (let j = 0; j < ours.length; ++j) expect(Math.abs(ours[j] - theirs[j])).toBeLessThanOrEqual(1e-9);
          }
        }
      });
    }
  }

  it("kmeans(X, {init: centres, refine: false}) follows scikit-learn's Lloyd iterations from the same start", () => {
    // KMeans(4, init=X[:4], n_init=1, algorithm="lloyd") in scikit-learn 1.2.1 (/usr/bin/python3), pasted as literals.
    const X = fixture("blobs-300x2").standardized;
    const result = kmeans(X, {init: X.slice(0, 4), refine: false});
    expect(result.iterations).toBe(11);
    expect(close(result.inertia, 117.64719583044698, 1e-12)).toBe(true);
    const expected = [
      [1.1305253023725736, -1.146805412889747],
      [-0.9012513615369461, -0.4294816707545271],
      [0.5002570802717499, 0.2134727492399375],
      [-0.8185544133232395, 1.4185102769489015],
    ];
    for (let c = 0; c < 4; ++c) for (let j = 0; j < 2; ++j) expect(Math.abs(result.centers[c][j] - expected[c][j])).toBeLessThan(1e-12);

    const spices = fixture("spices").standardized;
    const small = kmeans(spices, {k: 3, init: spices.slice(0, 3), refine: false});
    expect(small.labels).toEqual([0, 1, 2, 2, 1, 1, 0, 0]);
    expect(small.iterations).toBe(2);
    expect(close(small.inertia, 6.755209295929465, 1e-12)).toBe(true);
    expect(small.converged).toBe(true);
  });
});

describe("kmeans(X, options) behaviour", () => {
  const X = fixture("blobs-300x2").standardized;

  it("kmeans(X, {k, seed}) gives the same result for the same seed", () => {
    expect(kmeans(X, {k: 5, seed: 7})).toEqual(kmeans(X, {k: 5, seed: 7}));
    expect(kmeans(X, {k: 3, init: "random", seed: 3, history: true})).toEqual(kmeans(X, {k: 3, init: "random", seed: 3, history: true}));
  });

  it("kmeans(X, {k, seed}) starts from different centres for different seeds", () => {
    const starts = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(kmeans(X, {k: 6, nInit: 1, seed, history: true}).history![0].centers)));
    expect(starts.size).toBeGreaterThan(1);
  });

  it("kmeans(X, {k, history: true}) records the start, every iteration, the refinement, and ends at the result", () => {
    let refined = 0;
    for (const init of ["kmeans++", "random"] as const) {
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) {
        const result = kmeans(X, {k: 6, nInit: 1, seed, init, history: true});
        const plain = kmeans(X, {k: 6, nInit: 1, seed, init, history: true, refine: false});
        const history = result.history!;
        // The Lloyd steps are those of the plain run; a refined state is appended when points moved.
        expect(history.slice(0, plain.history!.length)).toEqual(plain.history);
        expect(plain.history).toHaveLength(plain.iterations + 1);
        expect(result.iterations).toBe(plain.iterations);
        if (history.length === plain.history!.length + 1) ++refined;
        else expect(history).toHaveLength(plain.history!.length);
        expect(history[history.length - 1]).toEqual({centers: result.centers, labels: result.labels});
        let previous = Infinity;
        for (const step of history) {
          expect(step.labels).toEqual(nearestLabels(X, step.centers));
          const inertia = inertiaOf(X, step.centers, step.labels);
          expect(inertia).toBeLessThanOrEqual(previous * (1 + 1e-12));
          previous = inertia;
        }
        // k-means++ and random starts are rows of the data.
        for (const center of history[0].centers) expect(X.some((x) => x[0] === center[0] && x[1] === center[1])).toBe(true);
      }
    }
    expect(refined).toBeGreaterThan(0);
  });

  it("kmeans(X, {init: centres}) starts from the given centres and ignores nInit and seed", () => {
    const init = [[0, 0], [1, 1], [-1, 1]];
    const result = kmeans(X, {init, nInit: 5, seed: 1, history: true});
    expect(result.history![0].centers).toEqual(init);
    expect(kmeans(X, {init, seed: 99, nInit: 7})).toEqual(kmeans(X, {init}));
    expect(kmeans(X, {k: 3, init}).inertia).toBe(result.inertia);
    expect(init).toEqual([[0, 0], [1, 1], [-1, 1]]);
  });

  it("kmeans(X, {k}) returns centres that are the means of their clusters once converged", () => {
    const result = kmeans(X, {k: 4});
    expect(result.converged).toBe(true);
    for (let c = 0; c < 4; ++c) {
      const members = X.filter((_, i) => result.labels[i] === c);
      const mean = [0, 1].map((j) => members.reduce((s, x) => s + x[j], 0) / members.length);
      for (let j = 0; j < 2; ++j) expect(Math.abs(result.centers[c][j] - mean[j])).toBeLessThan(1e-12);
    }
  });

  it("kmeans(X, {k, maxIterations: 1}) stops after one iteration without converging", () => {
    const init = X.slice(0, 4);
    const result = kmeans(X, {init, maxIterations: 1});
    expect(result.iterations).toBe(1);
    expect(result.converged).toBe(false);
    expectConsistent(X, 4, result);
    // The labels are recomputed against the final centres.
    expect(result.labels).toEqual(nearestLabels(X, result.centers));
  });

  it("kmeans(X, {tolerance}) is relative to the data's mean variance", () => {
    const init = X.slice(0, 4);
    // The first update moves the centres by far less than 1000 × the mean variance (1 here), so the run stops at once.
    const loose = kmeans(X, {init, tolerance: 1000});
    expect(loose.iterations).toBe(1);
    expect(loose.converged).toBe(true);
    const scaled = X.map((x) => x.map((v) => v * 1000));
    // Scaling the data scales the variance too: the same relative tolerance takes the same path.
    expect(kmeans(scaled, {init: init.map((x) => x.map((v) => v * 1000))}).iterations).toBe(kmeans(X, {init}).iterations);
    const strict = kmeans(X, {init, tolerance: 0});
    expect(strict.converged).toBe(true);
    expect(strict.iterations).toBeGreaterThanOrEqual(kmeans(X, {init}).iterations);
  });

  it("kmeans(matrix, {k}) accepts a Matrix and gives the same result as rows", () => {
    expect(kmeans(toMatrix(X), {k: 4})).toEqual(kmeans(X, {k: 4}));
  });

  it("kmeans(X, {k: 1}) puts every row in one cluster at the mean", () => {
    const result = kmeans([[0, 0], [2, 0], [4, 6]], {k: 1});
    expect(result.labels).toEqual([0, 0, 0]);
    expect(result.centers).toEqual([[2, 2]]);
    expect(result.inertia).toBe(4 + 4 + 0 + 4 + 4 + 16);
  });

  it("kmeans(X, {k: n}) gives each row its own cluster and zero inertia", () => {
    const rows = [[0, 0], [5, 5], [10, 0], [0, 10]];
    const result = kmeans(rows, {k: 4});
    expect(new Set(result.labels).size).toBe(4);
    expect(result.inertia).toBe(0);
  });
});

describe("kmeans(X, {k}) Hartigan refinement", () => {
  it("kmeans(X, {k, nInit: 1}) never has a higher inertia than plain Lloyd from the same start", () => {
    let lower = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const X = randomBlobs(200, 3, seed);
      for (const k of [3, 4, 5, 6]) {
        for (const init of ["kmeans++", "random"] as const) {
          const refined = kmeans(X, {k, nInit: 1, seed, init});
          const plain = kmeans(X, {k, nInit: 1, seed, init, refine: false});
          expectConsistent(X, k, refined);
          expect(refined.inertia).toBeLessThanOrEqual(plain.inertia * (1 + 1e-12));
          if (refined.inertia < plain.inertia * (1 - 1e-9)) ++lower;
          // The refined partition is Lloyd-stable: every row is nearest to its own cluster's mean.
          expect(refined.labels).toEqual(nearestLabels(X, refined.centers));
        }
      }
    }
    // The refinement must actually improve some runs, or this test checks nothing.
    expect(lower).toBeGreaterThan(0);
  });

  it("kmeans(X, {k}) with the default 10 runs is never worse with refinement than without", () => {
    for (const seed of [1, 2, 3]) {
      const X = randomBlobs(200, 3, 100 + seed);
      for (const k of [3, 4, 5, 6]) {
        expect(kmeans(X, {k, seed}).inertia).toBeLessThanOrEqual(kmeans(X, {k, seed, refine: false}).inertia * (1 + 1e-12));
      }
    }
  });
});

describe("kmeans(X, {k}) on random tables where 10 plain runs were not enough", () => {
  for (const {index, sklearn} of TABLE_CASES) {
    it(`kmeans(X, {k}) is no worse than scikit-learn's inertia on randomTable(${index})`, () => {
      const {X, k} = randomTable(index);
      const result = kmeans(X, {k});
      expectConsistent(X, k, result);
      expect(result.labels).toEqual(nearestLabels(X, result.centers));
      expect(result.inertia).toBeLessThanOrEqual(sklearn * (1 + 1e-9));
    }, 30_000);
  }

  it("kmeans(X, {k, nInit: 1}) makes exactly one run: its history starts at k-means++ centres, rows of the data", () => {
    const {X, k} = randomTable(7);
    for (const seed of [1, 2, 3]) {
      const result = kmeans(X, {k, nInit: 1, seed, history: true});
      for (const center of result.history![0].centers) expect(X.some((x) => x.every((v, j) => v === center[j]))).toBe(true);
      expect(result.history![result.history!.length - 1]).toEqual({centers: result.centers, labels: result.labels});
    }
  });
});

describe("kmeans(X, {k}) on more rows than EXACT_ROWS (trials' potentials estimated on a sample)", () => {
  for (const {n, d, seed, k, sklearn} of LARGE_CASES) {
    it(`kmeans(X, {k: ${k}}) is no worse than scikit-learn's inertia on ${n.toLocaleString("en")} × ${d} overlapping blobs`, () => {
      expect(n).toBeGreaterThan(EXACT_ROWS);
      const X = randomBlobs(n, d, seed);
      const result = kmeans(X, {k});
      expectConsistent(X, k, result);
      expect(result.labels).toEqual(nearestLabels(X, result.centers));
      expect(result.inertia).toBeLessThanOrEqual(sklearn * (1 + 1e-9));
    }, 60_000);
  }

  it("kmeans(X, {k, seed}) on 60,000 rows gives the same result for the same seed and other starts for other seeds", () => {
    const X = randomBlobs(60_000, 3, 21);
    const a = kmeans(X, {k: 5, nInit: 2, seed: 9, history: true});
    expect(kmeans(X, {k: 5, nInit: 2, seed: 9, history: true})).toEqual(a);
    expect(kmeans(X, {k: 5, nInit: 2, seed: 10, history: true}).history![0].centers).not.toEqual(a.history![0].centers);
  }, 60_000);

  it("kmeansPlusPlus(M, k, …) on 60,000 rows picks data rows and leaves exact labels and valid bounds", () => {
    for (const [d, k] of [[2, 4], [5, 4], [7, 9]] as const) {
      const X = randomBlobs(60_000, d, 30 + d);
      const M = toMatrix(X);
      const out = {centers: new Float64Array(k * d), labels: new Int32Array(M.n), upper: new Float64Array(M.n), lower: new Float64Array(M.n)};
      const work = seedingWorkspace(M.n, d, k, randomSource(1));
      expect(work.sample).not.toBeNull();
      kmeansPlusPlus(M, k, randomSource(2), out, work);
      const centers = Array.from({length: k}, (_, c) => Array.from(out.centers.subarray(c * d, (c + 1) * d)));
      for (const center of centers) expect(X.some((x) => x.every((v, j) => v === center[j]))).toBe(true);
      expect(new Set(centers.map((c) => c.join())).size).toBe(k);
      let tight = 0;
      for (let i = 0; i < M.n; ++i) {
        const distances = centers.map((c) => Math.sqrt(squaredDistance(X[i], c)));
        const a = out.labels[i];
        // The label is a nearest centre and the upper bound is its distance, to rounding.
        expect(distances[a]).toBeLessThanOrEqual(Math.min(...distances) * (1 + 1e-12));
        expect(Math.abs(out.upper[i] - distances[a])).toBeLessThanOrEqual(1e-12 * (1 + distances[a]));
        // The lower bound is below the distance to every other centre.
        const other = Math.min(...distances.filter((_, c) => c !== a));
        expect(out.lower[i]).toBeLessThanOrEqual(other * (1 + 1e-12));
        if (out.lower[i] >= other * (1 - 1e-9)) ++tight;
      }
      // Most lower bounds are exact (partial sums and triangle-inequality bounds are the rest).
      expect(tight).toBeGreaterThan(M.n / 4);
    }
  }, 60_000);
});

describe("kmeans(X, {k, runs}) split over workers", () => {
  const X = randomBlobs(70_000, 3, 5);
  const strip = ({run: _run, ...rest}: KmeansResult): KmeansResult => rest;
  for (const options of [{k: 4}, {k: 3, init: "random" as const}, {k: 5, maxIterations: 2, refine: false}, {k: 1}]) {
    it(`bestRun(parts of kmeans(X, ${JSON.stringify(options)})) equals one call, however the runs are split`, () => {
      const whole = kmeans(X, options);
      const {runs, jumps} = kmeansRunPlan(X.length, 3, options.k, options);
      expect([runs, jumps]).toEqual([10, false]);
      const single = Array.from({length: runs}, (_, r) => kmeans(X, {...options, runs: [r, r + 1]}));
      expect(single.map((p) => p.run!.index)).toEqual([...Array(runs).keys()]);
      expect(strip(bestRun(single))).toEqual(whole);
      expect(strip(bestRun([kmeans(X, {...options, runs: [6, 10]}), kmeans(X, {...options, runs: [0, 6]})]))).toEqual(whole);
      if (options.k > 1) expect(new Set(single.map((p) => p.run!.score)).size).toBeGreaterThan(1);
    }, 60_000);
  }

  it("kmeans(X, {k, runs}) refuses a range outside the plan, or on data small enough for jump runs", () => {
    expect(() => kmeans(X, {k: 4, runs: [3, 11]})).toThrow(/0 ≤ start < end ≤ 10/);
    expect(() => kmeans(X, {k: 4, runs: [2, 2]})).toThrow(RangeError);
    expect(kmeansRunPlan(1000, 2, 3)).toEqual({runs: 100, jumps: true});
    expect(() => kmeans(X.slice(0, 1000), {k: 3, runs: [0, 5]})).toThrow(/jump runs/);
  });
});

describe("kmeans(X, {k}) on degenerate data", () => {
  it("kmeans(X, {k}) handles all-identical rows, even with k > 1", () => {
    const rows = Array.from({length: 6}, () => [1.5, -2]);
    for (const init of ["kmeans++", "random"] as const) {
      const result = kmeans(rows, {k: 3, init});
      expect(result.inertia).toBe(0);
      expect(result.converged).toBe(true);
      for (const center of result.centers) expect(center).toEqual([1.5, -2]);
      for (const label of result.labels) expect(label >= 0 && label < 3).toBe(true);
    }
  });

  it("kmeans(X, {k}) handles duplicate rows with more clusters than distinct rows", () => {
    const rows = [[0, 0], [0, 0], [0, 0], [3, 3], [3, 3], [3, 3]];
    const result = kmeans(rows, {k: 4});
    expectConsistent(rows, 4, result);
    expect(result.inertia).toBe(0);
    expect(samePartition(result.labels.map((l) => (result.centers[l][0] === 0 ? 0 : 1)), [0, 0, 0, 1, 1, 1])).toBe(true);
  });

  it("kmeans(X, {k}) handles a constant column", () => {
    const rows = [[0, 7], [0.2, 7], [5, 7], [5.1, 7], [10, 7], [10.3, 7]];
    const result = kmeans(rows, {k: 3});
    expect(samePartition(result.labels, [0, 0, 1, 1, 2, 2])).toBe(true);
    for (const center of result.centers) expect(center[1]).toBe(7);
    expect(close(result.inertia, 0.02 + 0.005 + 0.045, 1e-9)).toBe(true);
  });

  it("kmeans(X, {init}) re-seeds an empty cluster from the row farthest from its centre", () => {
    // Centre 2 is far from every row, so nothing is assigned to it in the first step.
    const rows = [[0, 0], [1, 0], [10, 0], [11, 0], [30, 0]];
    const result = kmeans(rows, {init: [[0, 0], [10, 0], [1000, 0]], history: true});
    expect(result.history![1].centers[2]).toEqual([30, 0]);
    expect(result.labels).toEqual([0, 0, 1, 1, 2]);
    expect(result.inertia).toBe(0.5 + 0.5);
  });
});

describe("kmeans(X, options) rejects bad input", () => {
  const rows = [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4], [5, 5], [6, 6], [7, 7]];
  it("kmeans(X, {k}) rejects a bad k", () => {
    expect(() => kmeans(rows, {k: 12})).toThrow("k = 12, but the data has only 8 rows");
    expect(() => kmeans(rows, {k: 0})).toThrow("k = 0; k must be at least 1");
    expect(() => kmeans(rows, {k: -2})).toThrow("k = -2; k must be at least 1");
    expect(() => kmeans(rows, {k: 2.5})).toThrow("k = 2.5; k must be a whole number of clusters");
    expect(() => kmeans(rows, {k: NaN})).toThrow("k = NaN; k must be a whole number of clusters");
    expect(() => kmeans(rows, {k: "3" as unknown as number})).toThrow("k = 3; k must be a whole number");
    expect(() => kmeans(rows)).toThrow("k is required");
    expect(() => kmeans(rows, {k: 12})).toThrow(RangeError);
    expect(() => kmeans(rows)).toThrow(TypeError);
  });

  it("kmeans(X, {init}) rejects centres of the wrong shape", () => {
    expect(() => kmeans(rows, {k: 3, init: [[0, 0], [1, 1]]})).toThrow("init has 2 centres, but k = 3");
    expect(() => kmeans(rows, {init: [[0, 0, 0]]})).toThrow("init: the centres have 3 values each, but the data has 2 columns");
    expect(() => kmeans(rows, {init: [[0, 0], [1]]})).toThrow("init has ragged rows");
    expect(() => kmeans(rows, {init: [[0, NaN]]})).toThrow("init: row 0, column 1 is NaN");
    expect(() => kmeans(rows, {init: []})).toThrow("init is empty");
    expect(() => kmeans(rows, {k: 2, init: "kmeans||" as "random"})).toThrow("unknown init: kmeans||");
    expect(() => kmeans(rows, {k: 2, init: null as unknown as "random"})).toThrow('init must be "kmeans++", "random" or an array of k centres');
    expect(() => kmeans(rows, {init: Array.from({length: 9}, () => [0, 0])})).toThrow("k = 9, but the data has only 8 rows");
  });

  it("kmeans(X, options) rejects bad nInit, maxIterations, tolerance and seed", () => {
    expect(() => kmeans(rows, {k: 2, nInit: 0})).toThrow("nInit = 0; nInit must be a whole number, at least 1");
    expect(() => kmeans(rows, {k: 2, nInit: 1.5})).toThrow("nInit = 1.5");
    expect(() => kmeans(rows, {k: 2, maxIterations: 0})).toThrow("maxIterations = 0; maxIterations must be a whole number, at least 1");
    expect(() => kmeans(rows, {k: 2, tolerance: -1e-4})).toThrow("tolerance = -0.0001; tolerance must be a finite number ≥ 0");
    expect(() => kmeans(rows, {k: 2, tolerance: NaN})).toThrow("tolerance = NaN");
    expect(() => kmeans(rows, {k: 2, seed: NaN})).toThrow("seed = NaN");
  });

  it("kmeans(X, {k}) rejects what toMatrix rejects", () => {
    expect(() => kmeans([], {k: 1})).toThrow("data is empty");
    expect(() => kmeans([[1, 2], [3]], {k: 1})).toThrow("ragged rows");
    expect(() => kmeans([[1, 2], [3, Infinity]], {k: 1})).toThrow("row 1, column 1 is Infinity");
    expect(() => kmeans([[1, "x" as unknown as number]], {k: 1})).toThrow('row 0, column 1 is the text "x"');
    expect(() => kmeans(null as unknown as number[][], {k: 1})).toThrow("data must be an array of rows");
  });
});
