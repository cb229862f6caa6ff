import {describe, expect, it} from "vitest";
import {appliedSummary, approximationNote, countRows, modelText, preparationNotes} from "../../../docs/components/segmentation/apply/applyWording.js";
import {applyModel, segmentModelOf} from "../../../src/index.js";

const segments = [
  {label: 0, name: "High spend"},
  {label: 1, name: "Lapsed"}
];
const base = {approximate: false, method: "kmeans", preparation: {dropped: 0, filled: {}, unseen: {}}};

describe("applyWording", () => {
  it("appliedSummary(application, name) counts placed, noise and unplaced rows, each once", () => {
    expect(appliedSummary({...base, n: 1000, counts: [{label: 0, count: 600}, {label: 1, count: 400}]}, "a.csv")).toBe("1,000 rows read: 1,000 rows of “a.csv” placed in 2 segments.");
    expect(appliedSummary({...base, n: 1, counts: [{label: 1, count: 1}]}, "one.csv")).toBe("1 row read: 1 row of “one.csv” placed in 1 segment.");
    expect(appliedSummary({...base, n: 10, counts: [{label: -2, count: 3}, {label: -1, count: 2}, {label: 0, count: 5}]}, "b.csv")).toBe(
      "10 rows read: 5 rows of “b.csv” placed in 1 segment; 2 rows noise; 3 rows not placed (a chosen value is missing, and the model drops such rows)."
    );
    // Every row placed nowhere (all noise): 0 rows in 0 segments, stated as such.
    expect(appliedSummary({...base, n: 4, counts: [{label: -1, count: 4}]}, "c.csv")).toBe("4 rows read: 0 rows of “c.csv” placed in 0 segments; 4 rows noise.");
  });
  it("countRows(application, segments) lists every segment (0 rows included) numbered from 1, then noise and unplaced rows, shares of all rows", () => {
    const rows = countRows({...base, n: 8, counts: [{label: -2, count: 2}, {label: -1, count: 1}, {label: 1, count: 5}]}, segments);
    expect(rows).toEqual([
      {segment: "1", name: "High spend", rows: 0, share: "0.0%"},
      {segment: "2", name: "Lapsed", rows: 5, share: "62.5%"},
      {segment: "noise", name: "Noise (near no cluster)", rows: 1, share: "12.5%"},
      {segment: "not assigned", name: "A chosen value is missing", rows: 2, share: "25.0%"}
    ]);
    expect(rows.reduce((s, r) => s + r.rows, 0)).toBe(8);
  });
  it("preparationNotes(preparation, method) states filled cells and unseen categories per column", () => {
    expect(preparationNotes({dropped: 0, filled: {spend: 1, city: 3}, unseen: {city: 2}})).toEqual([
      "1 missing cell of “spend” filled with the training value, as the model was fitted.",
      "3 missing cells of “city” filled with the training value, as the model was fitted.",
      "2 rows with a “city” value the training rows never had: no one-hot column is set for them."
    ]);
    expect(preparationNotes({dropped: 0, filled: {}, unseen: {city: 1}}, "kmedoids")).toEqual(["1 row with a “city” value the training rows never had: Gower's distance counts it as differing from every medoid's."]);
    expect(preparationNotes({dropped: 5, filled: {}, unseen: {}})).toEqual([]);
  });
  it("approximationNote(method) is null exactly for the methods whose own rule places new rows", () => {
    for (const m of ["kmeans", "gmm", "kmedoids"]) expect(approximationNote(m)).toBeNull();
    expect(approximationNote("dbscan")).toMatch(/^DBSCAN has no rule for new rows: each row joins the cluster of its nearest core row when it is within eps/);
    expect(approximationNote("hdbscan")).toMatch(/approximate prediction/);
    expect(approximationNote("hierarchical")).toMatch(/nearest/);
  });
  it("modelText(model) states the method, features, scaling, missing rule and training rows of a real model, and the applied counts add up", () => {
    const train = [{a: 1, b: "x"}, {a: 2, b: "y"}, {a: 10, b: "x"}, {a: 11, b: null}];
    const model = {...segmentModelOf(train, {numeric: ["a"], categorical: ["b"], missing: "median"}, () => ({kind: "kmeans", centers: [[-1, 0, 0], [1, 0, 0]]})), settings: {k: 2, seed: 42}, dataset: {name: "t.csv"}};
    expect(modelText(model)).toBe("k-means, k = 2, seed 42; a, b (one-hot); standard scaling; missing values filled with the median — fitted on “t.csv” (4 rows).");
    const a = applyModel(model, [{a: 0, b: "z"}, {a: 12, b: "y"}, {a: null, b: "x"}]);
    expect(a.counts.reduce((s, c) => s + c.count, 0)).toBe(3);
    expect(appliedSummary({...a, n: 3}, "n.csv")).toBe("3 rows read: 3 rows of “n.csv” placed in 2 segments.");
    expect(preparationNotes(a.preparation)).toEqual(["1 missing cell of “a” filled with the training value, as the model was fitted.", "1 row with a “b” value the training rows never had: no one-hot column is set for it."]);
  });
});
