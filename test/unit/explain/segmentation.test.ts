import {describe, expect, it} from "vitest";
import {coAssignmentStability, prepareFeatures, segmentName, segmentNames, subsampleIndices, randomSource} from "../../../src/index.js";
import {generateCustomers} from "../../../loaders/customers.js";

describe("generateCustomers", () => {
  it("generateCustomers() is deterministic and follows the seed's segment ranges", () => {
    const a = generateCustomers();
    expect(a).toEqual(generateCustomers());
    expect(a).toHaveLength(1000);
    const bySegment = (name: string) => a.filter((c) => c.true_segment === name);
    expect(bySegment("High Value")).toHaveLength(200);
    expect(bySegment("At Risk")).toHaveLength(100);
    for (const c of bySegment("High Value")) {
      expect(c.total_spending).toBeGreaterThanOrEqual(800);
      expect(c.total_spending).toBeLessThanOrEqual(2000);
      expect(c.purchase_frequency).toBeGreaterThanOrEqual(15);
      expect(c.purchase_frequency).toBeLessThan(30);
      expect(c.days_since_last_purchase).toBeLessThan(30);
    }
    expect(new Set(a.map((c) => c.customer_id)).size).toBe(1000);
  });
});

describe("prepareFeatures", () => {
  const rows = [{x: 1, y: 10, c: "a"}, {x: 2, y: null, c: "b"}, {x: 3, y: 30, c: null}, {x: 4, y: 40, c: "a"}];
  it("prepareFeatures(rows, {missing: 'drop'}) drops incomplete rows and says how many", () => {
    const p = prepareFeatures(rows, {numeric: ["x", "y"], categorical: ["c"], missing: "drop", scaling: "none"});
    expect(p.droppedRows).toBe(2);
    expect(p.rowIndex).toEqual([0, 3]);
    expect(p.features).toEqual(["x", "y", "c = a"]);
  });
  it("prepareFeatures(rows, {missing: 'median'}) fills cells and counts them", () => {
    const p = prepareFeatures(rows, {numeric: ["y"], categorical: ["c"], missing: "median", scaling: "none"});
    expect(p.fill.y).toBe(30);
    expect(p.imputed).toEqual({y: 1, c: 1});
    expect(p.raw[1]).toEqual([30, 0, 1]);
    expect(p.raw[2]).toEqual([30, 1, 0]);
  });
  it("prepareFeatures(rows, {scaling: 'standard'}) gives z-scores", () => {
    const p = prepareFeatures(rows, {numeric: ["x"], missing: "drop"});
    expect(p.X.map((r) => r[0])).toEqual([-3, -1, 1, 3].map((v) => v / Math.sqrt(5)).map((v) => expect.closeTo(v, 12)));
  });
  it("prepareFeatures(rows, options) refuses text in a numeric column", () => {
    expect(() => prepareFeatures([{x: "a"}, {x: 1}], {numeric: ["x"]})).toThrow(/holds text/);
  });
  it("prepareFeatures(table, options) reads a column table the same as its rows, a column named __proto__ included", () => {
    const table = {n: 4, columns: ["__proto__", "y"], data: [new Float64Array([1, 2, 3, 4]), new Float64Array([10, NaN, 30, 40])]};
    const p = prepareFeatures(table, {numeric: ["__proto__", "y"], missing: "drop", scaling: "none"});
    expect(p.rowIndex).toEqual([0, 2, 3]);
    expect(p.X).toEqual([[1, 10], [3, 30], [4, 40]]);
  });
  it("prepareFeatures(table, {scaling}) scales values near 1e307 without overflowing, and refuses them unscaled", () => {
    const table = {n: 3, columns: ["x"], data: [new Float64Array([-1.5e307, 1e307, 1.6e307])]};
    const p = prepareFeatures(table, {numeric: ["x"], scaling: "standard"});
    const q = prepareFeatures({n: 3, columns: ["x"], data: [new Float64Array([-1.5, 1, 1.6])]}, {numeric: ["x"], scaling: "standard"});
    p.X.forEach((r, i) => expect(r[0]).toBeCloseTo(q.X[i][0], 12));
    expect(p.center[0] / 1e307).toBeCloseTo(0.3666666, 6);
    expect(() => prepareFeatures(table, {numeric: ["x"], scaling: "none"})).toThrow(/as large as 1\.6e\+307/);
  });
});

describe("segmentName", () => {
  it("segmentName(z) names the largest differences in customer words", () => {
    expect(segmentName({total_spending: 1.8, purchase_frequency: 1.2, days_since_last_purchase: -0.9, age: 0.1})).toBe("High spend · frequent · recent");
    expect(segmentName({total_spending: 0.1, age: -0.2})).toBe("Typical");
    expect(segmentName({basket_size: -1})).toBe("Low basket size");
  });
  it("segmentNames(profiles) makes repeated names unique", () => {
    expect(segmentNames([{x: 0}, {x: 0}, {x: 2}])).toEqual(["Typical (1)", "Typical (2)", "High x"]);
  });
});

describe("coAssignmentStability", () => {
  it("coAssignmentStability(ref, runs) is 1 for reruns that only rename clusters", () => {
    const s = coAssignmentStability([0, 0, 1, 1], [[1, 1, 0, 0], [5, 5, 7, 7]]);
    expect(s.rows).toEqual([1, 1, 1, 1]);
    expect(s.segments.map((g) => g.jaccard)).toEqual([1, 1]);
  });
  it("coAssignmentStability(ref, runs) scores a merged segment lower and skips unsampled rows", () => {
    const s = coAssignmentStability([0, 0, 1, 1], [[0, 0, 0, 0]]);
    expect(s.rows).toEqual([0.5, 0.5, 0.5, 0.5]);
    const t = coAssignmentStability([0, 0, 1, 1], [[0, -2, 1, 1]]);
    expect(t.rows).toEqual([1, null, 1, 1]);
  });
  it("subsampleIndices(n, size, random) is sorted, distinct and seeded", () => {
    const a = subsampleIndices(100, 30, randomSource(1));
    expect(a).toEqual(subsampleIndices(100, 30, randomSource(1)));
    expect(new Set(a).size).toBe(30);
    expect(a).toEqual([...a].sort((x, y) => x - y));
  });
});
