import {describe, expect, it} from "vitest";
import {profileClusters, randomSource} from "../../../src/index.js";

const rows = [
  {kcal: 100, spice: "hot", price: 5},
  {kcal: 200, spice: "mild", price: null},
  {kcal: 300, spice: "hot", price: 7},
  {kcal: 400, spice: "", price: 9}
];
const labels = [1, 0, 1, -1];

describe("profileClusters", () => {
  const p = profileClusters(rows, labels);

  it("profileClusters(rows, labels) types columns: numeric when every present value is a finite number", () => {
    expect(p.n).toBe(4);
    expect(p.columns).toEqual([
      {name: "kcal", type: "numeric"},
      {name: "spice", type: "categorical"},
      {name: "price", type: "numeric"}
    ]);
  });

  it("profileClusters(rows, labels) summarises every row, skipping and counting missing values", () => {
    expect(p.overall.numeric.kcal).toEqual({mean: 250, std: Math.sqrt(12500), min: 100, max: 400, median: 250, missing: 0});
    expect(p.overall.numeric.price).toEqual({mean: 7, std: Math.sqrt(8 / 3), min: 5, max: 9, median: 7, missing: 1});
    expect(p.overall.categorical.spice).toEqual({counts: {hot: 2, mild: 1}, top: "hot", topShare: 2 / 3, missing: 1});
  });

  it("profileClusters(rows, labels) sorts clusters by label with noise (−1) last", () => {
    expect(p.clusters.map((c) => [c.label, c.size, c.share])).toEqual([
      [0, 1, 0.25],
      [1, 2, 0.5],
      [-1, 1, 0.25]
    ]);
  });

  it("profileClusters(rows, labels) gives each cluster's statistics and z = (mean − overall mean) / overall std", () => {
    const [c0, c1, noise] = p.clusters;
    expect(c1.numeric.kcal).toEqual({mean: 200, std: 100, min: 100, max: 300, median: 200, missing: 0, z: -50 / Math.sqrt(12500)});
    expect(c1.numeric.price.mean).toBe(6);
    expect(c1.numeric.price.z).toBeCloseTo(-1 / Math.sqrt(8 / 3), 15);
    expect(noise.numeric.kcal.z).toBeCloseTo(150 / Math.sqrt(12500), 15);
    expect(c0.numeric.kcal).toMatchObject({mean: 200, std: 0, median: 200});
    // A cluster with no values in a column: null statistics, the rows counted as missing.
    expect(c0.numeric.price).toEqual({mean: null, std: null, min: null, max: null, median: null, missing: 1, z: null});
  });

  it("profileClusters(rows, labels) counts categorical values per cluster", () => {
    const [c0, c1, noise] = p.clusters;
    expect(c0.categorical.spice).toEqual({counts: {mild: 1}, top: "mild", topShare: 1, missing: 0});
    expect(c1.categorical.spice).toEqual({counts: {hot: 2}, top: "hot", topShare: 1, missing: 0});
    expect(noise.categorical.spice).toEqual({counts: {}, top: null, topShare: null, missing: 1});
  });

  it("profileClusters(table, labels) gives each cluster's exact median, min and max (as a sort would) with ties, odd and even sizes", () => {
    const random = randomSource(3);
    for (const n of [1, 2, 9, 10, 10_001, 10_000]) {
      const x = Float64Array.from({length: n}, () => Math.round(random() * 50) - 25);
      const lab = Array.from({length: n}, () => (random() < 0.3 ? 0 : 1));
      const q = profileClusters({n, columns: ["x"], data: [x]}, lab);
      const expected = (v: number[]): [number, number, number] => {
        const s = Float64Array.from(v).sort();
        const h = s.length >> 1;
        return [s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2, s[0], s[s.length - 1]];
      };
      const all = q.overall.numeric.x;
      expect([all.median, all.min, all.max]).toEqual(expected(Array.from(x)));
      for (const c of q.clusters) {
        const own = Array.from(x).filter((_, i) => lab[i] === c.label);
        expect([c.numeric.x.median, c.numeric.x.min, c.numeric.x.max]).toEqual(expected(own));
      }
    }
  });

  it("profileClusters(rows, labels) returns plain JSON", () => {
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it("profileClusters(rows, labels) treats null, undefined, NaN and \"\" as missing, and text numbers as categories", () => {
    const q = profileClusters(
      [
        {a: 1, b: "1", c: NaN},
        {a: NaN, b: "2", c: undefined},
        {a: "", b: "2", c: null},
        {a: 3, b: null, c: ""}
      ],
      [0, 0, 1, 1]
    );
    expect(q.columns.map((c) => c.type)).toEqual(["numeric", "categorical", "numeric"]);
    expect(q.overall.numeric.a).toEqual({mean: 2, std: 1, min: 1, max: 3, median: 2, missing: 2});
    expect(q.overall.numeric.c).toEqual({mean: null, std: null, min: null, max: null, median: null, missing: 4});
    expect(q.overall.categorical.b).toEqual({counts: {"2": 2, "1": 1}, top: "2", topShare: 2 / 3, missing: 1});
    expect(q.clusters[1].numeric.a).toMatchObject({mean: 3, missing: 1, z: 1});
  });

  it("profileClusters(rows, labels) gives z = 0 for a constant column and breaks ties of the top value in text order", () => {
    const q = profileClusters(
      [
        {x: 5, g: "b"},
        {x: 5, g: "a"},
        {x: 5, g: "c"}
      ],
      [2, 2, 3]
    );
    expect(q.clusters[0].numeric.x.z).toBe(0);
    expect(q.clusters[0].categorical.g).toMatchObject({top: "a", topShare: 0.5});
    expect(q.overall.categorical.g.top).toBe("a");
  });

  it("profileClusters(rows, labels, {columns}) profiles only the named columns, in that order", () => {
    const q = profileClusters(rows, labels, {columns: ["price", "spice"]});
    expect(q.columns.map((c) => c.name)).toEqual(["price", "spice"]);
    expect(Object.keys(q.clusters[0].numeric)).toEqual(["price"]);
  });

  it("profileClusters(rows, labels) rejects labels of the wrong length, unknown columns and non-records", () => {
    expect(() => profileClusters(rows, [0, 1])).toThrow(/there are 2 labels for 4 rows/);
    expect(() => profileClusters(rows, labels, {columns: ["kcal", "salt"]})).toThrow(/unknown column "salt"; the rows have "kcal", "spice", "price"/);
    expect(() => profileClusters([], [])).toThrow(/empty/);
    expect(() => profileClusters([{a: 1}, null as unknown as Record<string, unknown>], [0, 1])).toThrow(/row 1 is null/);
    expect(() => profileClusters(rows, [0, 1, "x" as unknown as number, 2])).toThrow(TypeError);
  });
});
