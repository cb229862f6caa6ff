import {describe, expect, it} from "vitest";
import {kmeans, prepareFeatures, toMatrix} from "../../../src/index.js";
import {randomBlobs} from "../randomBlobs.js";

// The worker modules report progress with postMessage: collect it.
const posted: unknown[] = [];
(globalThis as unknown as {postMessage: (m: unknown) => void}).postMessage = (m) => void posted.push(m);
const {state, limits} = await import("../../../docs/components/segmentation/engineState.js");
const {chooseK} = await import("../../../docs/components/segmentation/chooseK.js");
const {chooseKCaption} = await import("../../../docs/components/segmentation/chooseKCaption.js");
const {createPool, pooledKmeans, poolSize} = await import("../../../docs/components/segmentation/worker/pool.js");

function load(n: number): void {
  const rows = randomBlobs(n, 3, 11);
  state.table = {key: `t${n}`, n, columns: ["a", "b", "c"], types: ["number", "number", "number"], data: [0, 1, 2].map((j) => Float64Array.from(rows, (r) => r[j]))} as never;
}
const params = (n: number) => ({key: `t${n}`, algorithm: "kmeans", numeric: ["a", "b", "c"], categorical: [], missing: "drop", scaling: "standard", seed: 42, kMax: 5});

describe("poolSize(cores) and the pool", () => {
  it("poolSize(cores) is hardwareConcurrency − 1 workers in all, at least 1 and at most 4", () => {
    expect([1, 2, 3, 4, 8, 64].map((c) => poolSize(c))).toEqual([1, 1, 2, 3, 4, 4]);
  });
  it("createPool(M, {size}) starts no helper below 200,000 values (rows × columns), as the page says", () => {
    const pool = createPool(toMatrix(randomBlobs(66_666, 3, 1)), {size: 4});
    expect(pool.size).toBe(1);
    pool.close();
  });
  it("pooledKmeans(pool, M, options) gives kmeans(M, options)'s result", async () => {
    const M = toMatrix(randomBlobs(80_000, 3, 3));
    const pool = createPool(M, {size: 1});
    expect(await pooledKmeans(pool, M, {k: 4, nInit: 10, seed: 5})).toEqual(kmeans(M, {k: 4, nInit: 10, seed: 5}));
    const [a, b] = await pool.run([{options: {k: 3, seed: 1}}, {options: {k: 2, nInit: 1, seed: 2}, sample: {size: 1000, seed: 9}}]);
    expect(Array.from(a.labels)).toEqual(kmeans(M, {k: 3, seed: 1}).labels);
    expect(b.labels.length).toBe(1000);
    pool.close();
  }, 60_000);
});

describe("chooseK(params) in the worker", () => {
  it(`chooseK(params) on more than limits.chooseK rows runs k-means on a seeded sample of that many rows, and the caption says so`, async () => {
    expect(limits.chooseK).toBe(50_000);
    load(60_000);
    const r = await chooseK(params(60_000));
    expect(r.curveSample).toBe(50_000);
    expect(r.points.map((p: {k: number}) => p.k)).toEqual([2, 3, 4, 5]);
    // The inertia is the sample's: about 50/60 of what all rows give at the same k.
    const all = kmeans(prepareFeatures(state.table as never, {numeric: ["a", "b", "c"]}).X, {k: 4, nInit: 3, seed: 42}).inertia;
    expect(r.points[2].inertia / all).toBeGreaterThan(0.8);
    expect(r.points[2].inertia / all).toBeLessThan(0.87);
    expect(chooseKCaption(r)).toMatch(/^For k = 2…5 \(k-means on a random sample of 50,000 rows\): within-cluster sum of squares \(left\) falls from \d+ to \d+; silhouette \(right\) is highest at k = \d \(0\.\d\d\)\.$/);
    expect(await chooseK(params(60_000))).toEqual(r);
  }, 120_000);
  it("chooseK(params) on up to limits.chooseK rows uses every row and says nothing of a sample", async () => {
    load(2_000);
    const r = await chooseK(params(2_000));
    expect(r.curveSample).toBeNull();
    expect(chooseKCaption(r)).toMatch(/^For k = 2…5: within/);
  });
  it("chooseKCaption(result) names the best silhouette", () => {
    const points = [{k: 2, inertia: 100.4, silhouette: 0.3}, {k: 3, inertia: 50, silhouette: 0.61}, {k: 4, inertia: 40, silhouette: 0.5}];
    expect(chooseKCaption({points, curveSample: null})).toBe("For k = 2…4: within-cluster sum of squares (left) falls from 100 to 40; silhouette (right) is highest at k = 3 (0.61).");
    expect(chooseKCaption({points, curveSample: 50_000})).toBe("For k = 2…4 (k-means on a random sample of 50,000 rows): within-cluster sum of squares (left) falls from 100 to 40; silhouette (right) is highest at k = 3 (0.61).");
  });
});
