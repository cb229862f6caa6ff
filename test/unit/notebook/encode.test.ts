import {describe, expect, it} from "vitest";
import * as aq from "arquero";
import {chartFor, clusterSizes, encode, limits} from "../../../docs/components/notebook/encode.js";
import {dbscan, hierarchical, kmeans, pca, standardize} from "../../../src/index.js";
import {data} from "./runInScope.js";

describe("encode(value)", () => {
  it("encode(number | string | undefined) keeps scalars as they are", () => {
    expect(encode(3)).toEqual({type: "number", value: 3});
    expect(encode("a")).toEqual({type: "string", value: "a", total: 1});
    expect(encode(undefined)).toEqual({type: "undefined"});
  });
  it("encode(records) is a table, encode(matrix) a matrix, cut at the row limit with the total kept", () => {
    const rows = Array.from({length: 250}, (_, i) => ({i, sq: i * i}));
    const t = encode(rows) as {type: string; rows: unknown[]; total: number; columns: string[]};
    expect([t.type, t.rows.length, t.total, t.columns]).toEqual(["table", limits.rows, 250, ["i", "sq"]]);
    const m = encode(data.spices.X) as {type: string; columns: number};
    expect([m.type, m.columns]).toEqual(["matrix", 4]);
  });
  it("encode(arquero table) lists its columns and rows", () => {
    const t = encode(aq.from(data.spices.records)) as {type: string; columns: string[]; total: number};
    expect([t.type, t.columns[0], t.total]).toEqual(["table", "name", 8]);
  });
  it("encode(object) folds nested values and keeps its class name", () => {
    const e = encode(kmeans(standardize(data.spices.X).data, {k: 3, seed: 1})) as {type: string; entries: [string, {type: string}][]};
    expect(e.type).toBe("object");
    expect(e.entries.map(([k]) => k)).toContain("centers");
  });
});

describe("chartFor(value)", () => {
  const Z = standardize(data.recipes.X).data;
  it("chartFor(hierarchical(X)) and chartFor(merges) draw a dendrogram; a data matrix of 4 columns does not", () => {
    expect(chartFor(hierarchical(Z))?.kind).toBe("dendrogram");
    expect(chartFor(hierarchical(Z).merges)?.kind).toBe("dendrogram");
    expect(chartFor(data.spices.X)).toBeNull();
    expect(chartFor(data.recipes.X)).toBeNull();
  });
  it("chartFor(kmeans | dbscan | pca result) gives cluster sizes (noise last) or a scree", () => {
    expect(chartFor(kmeans(Z, {k: 2, seed: 1}))?.kind).toBe("sizes");
    const d = dbscan(standardize(data.dishes.X).data, {eps: 0.8, minSamples: 3});
    const sizes = (chartFor(d) as unknown as {sizes: {cluster: string; size: number}[]}).sizes;
    expect(sizes[sizes.length - 1]).toEqual({cluster: "noise", size: d.nNoise});
    expect(chartFor(pca(data.profiles.X))?.kind).toBe("scree");
  });
  it("clusterSizes(labels) counts each label", () => {
    expect(clusterSizes([1, 0, -1, 1])).toEqual([
      {cluster: "cluster 1", size: 1},
      {cluster: "cluster 2", size: 2},
      {cluster: "noise", size: 1}
    ]);
  });
});
