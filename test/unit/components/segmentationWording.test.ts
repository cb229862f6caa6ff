import {describe, expect, it} from "vitest";
import {
  countsText,
  dendrogramCaption,
  scatterCaption,
  silhouettePlotCaption,
  freeNames,
  methodSettings,
  parametersText,
  plural,
  renameNotes,
  resultNotes,
  segmentNumber,
  settingsText,
  shareText,
  silhouetteCaption
} from "../../../docs/components/segmentation/wording.js";

const kmeans = {algorithm: "kmeans", k: 4, seed: 42, linkage: "ward", eps: 0.5, minSamples: 5, components: 2, numeric: ["spend", "visits"], categorical: [], missing: "drop", scaling: "standard"};

describe("segmentation wording", () => {
  it("plural(n, word) says 1 row, 0 rows, 2 rows and 1,000,000 rows", () => {
    expect([0, 1, 2, 1_000_000].map((n) => plural(n, "row"))).toEqual(["0 rows", "1 row", "2 rows", "1,000,000 rows"]);
    expect(plural(1, "noise row")).toBe("1 noise row");
  });

  it("methodSettings(params) names only what the method uses (no eps or linkage for k-means)", () => {
    expect(methodSettings(kmeans)).toBe("k-means, k = 4, seed 42");
    expect(methodSettings({...kmeans, algorithm: "hierarchical", k: 10, linkage: "single"})).toBe("hierarchical (single linkage), k = 10");
    expect(methodSettings({...kmeans, algorithm: "dbscan", eps: 0.01, minSamples: 50})).toBe("DBSCAN, eps = 0.01, min samples 50");
    expect(methodSettings({...kmeans, algorithm: "pca", components: 5})).toBe("PCA, 5 components");
    for (const algorithm of ["kmeans", "hierarchical", "dbscan", "pca"]) {
      const text = methodSettings({...kmeans, algorithm});
      expect(text.includes("eps")).toBe(algorithm === "dbscan");
      expect(text.includes("linkage")).toBe(algorithm === "hierarchical");
      expect(text.includes("seed")).toBe(algorithm === "kmeans");
    }
  });

  it("parametersText(params) is the history's parameters column", () => {
    expect(parametersText(kmeans)).toBe("k = 4, seed 42");
    expect(parametersText({...kmeans, algorithm: "hierarchical", k: 2, linkage: "average"})).toBe("k = 2, average");
    expect(parametersText({...kmeans, algorithm: "dbscan"})).toBe("eps = 0.5, min samples 5");
    expect(parametersText({...kmeans, algorithm: "pca"})).toBe("2 components");
  });

  it("settingsText(params) lists features, one-hot columns, scaling and the missing-value rule", () => {
    expect(settingsText(kmeans)).toBe("k-means, k = 4, seed 42; spend, visits; standard scaling; rows with a missing value dropped");
    expect(settingsText({...kmeans, numeric: [], categorical: ["city"], scaling: "none", missing: "median"})).toBe("k-means, k = 4, seed 42; city (one-hot); no scaling; missing values filled with the median");
    expect(settingsText({...kmeans, algorithm: "kmedoids", numeric: ["age"], categorical: ["city"]})).toMatch(/; age, city \(category, Gower\);/);
    expect(settingsText({...kmeans, numeric: [], categorical: []})).toMatch(/; no features;/);
  });

  it("silhouetteCaption(metrics, n) tells a sample from all rows and from every non-noise row", () => {
    expect(silhouetteCaption({silhouette: null}, 10)).toMatch(/^needs 2 or more segments/);
    expect(silhouetteCaption({silhouette: 0.5, nNoise: 0, silhouetteSampleSize: 1000, silhouetteScope: "all"}, 1000)).toBe("on all 1,000 rows; −1 to 1, higher is better");
    expect(silhouetteCaption({silhouette: 0.5, nNoise: 0, silhouetteSampleSize: 2000, silhouetteScope: "sample"}, 200_000)).toBe("on a random sample of 2,000 rows; −1 to 1, higher is better");
    // DBSCAN: 273 of 300 rows in segments, all of them scored: not "a random sample of 273 rows".
    expect(silhouetteCaption({silhouette: 0.4, nNoise: 27, silhouetteSampleSize: 273, silhouetteScope: "all"}, 300)).toBe("on every non-noise row (273); −1 to 1, higher is better");
    expect(silhouetteCaption({silhouette: 0.4, nNoise: 27, silhouetteSampleSize: 273}, 300)).toBe("on every non-noise row (273); −1 to 1, higher is better");
    expect(silhouetteCaption({silhouette: 0.4, nNoise: 1, silhouetteSampleSize: 2000, silhouetteScope: "sample"}, 50_000)).toMatch(/^on a random sample of 2,000 rows/);
    expect(silhouetteCaption({silhouette: 1, nNoise: 0, silhouetteSampleSize: 1, silhouetteScope: "all"}, 1)).toMatch(/^on all 1 row;/);
  });

  it("resultNotes(result) says how many rows were dropped or cells filled, in the singular when it is one", () => {
    const base = {params: kmeans, n: 999, nTable: 1000};
    expect(resultNotes({...base, droppedRows: 0})).toEqual([]);
    expect(resultNotes({...base, droppedRows: 1})).toEqual(["1 row with a missing value was dropped (999 of 1,000 analysed)."]);
    expect(resultNotes({...base, n: 10, droppedRows: 990})).toEqual(["990 rows with a missing value were dropped (10 of 1,000 analysed)."]);
    expect(resultNotes({...base, params: {...kmeans, missing: "mean"}, imputed: {spend: 1, city: 3}, fill: {spend: 12.345, city: "Porto"}, notes: ["A note."]})).toEqual([
      "1 missing cell of spend filled with 12.35 (the mean).",
      "3 missing cells of city filled with “Porto” (the mean).",
      "A note."
    ]);
  });

  it("shareText(count, total) never prints 0% for a value that occurs", () => {
    expect(shareText(0, 500)).toBeNull();
    expect(shareText(2, 500)).toBe("<1%");
    expect(shareText(3, 500)).toBe("1%");
    expect(shareText(500, 500)).toBe("100%");
    expect(shareText(1, 0)).toBeNull();
    expect(countsText({counts: {rain: 300, sun: 198, fog: 2}, missing: 0}, 500)).toBe("rain 60% · sun 40% · fog <1%");
    expect(countsText({counts: new Map([["a", 5], ["b", 0]]), missing: 5}, 10)).toBe("a 100%");
    expect(countsText({counts: {a: 1, b: 1, c: 1, d: 1, e: 1, f: 1}}, 6)).toBe("a 17% · b 17% · c 17% · d 17% · … (2 more)");
  });

  it("segmentNumber(label) numbers segments from 1, noise as noise, dropped rows as null", () => {
    expect([0, 3, -1, -2, null].map(segmentNumber)).toEqual([1, 4, "noise", null, null]);
  });

  it("freeNames(columns, names) never reuses a data column's name, and renameNotes says so", () => {
    expect(freeNames(["a", "b"], ["segment", "segment_name"])).toEqual(["segment", "segment_name"]);
    expect(freeNames(["segment", "segment_2", "stability"], ["segment", "segment_name", "stability"])).toEqual(["segment_3", "segment_name", "stability_2"]);
    expect(freeNames([], ["pc1", "pc1"])).toEqual(["pc1", "pc1_2"]);
    expect(renameNotes([{name: "segment", wanted: "segment"}])).toEqual([]);
    expect(renameNotes([{name: "segment_3", wanted: "segment"}])).toEqual(["The data already has a column named “segment”, so the export calls its new column “segment_3” (your column is kept as it is)."]);
  });

  it("scatterCaption(…) says when the scatter is a sample and which segments it misses", () => {
    expect(scatterCaption({shown: 1000, sampled: false, ratio: [0.79, 0.159], byTruth: false})).toBe("1,000 rows on the first two principal components, which explain 79.0% and 15.9% of the variance of the scaled features; colour and shape show segment.");
    expect(scatterCaption({shown: 5000, sampled: true, ratio: [1], byTruth: false, missed: [11, -1]})).toBe("5,000 rows (a random sample) on the first two principal components, which explain 100.0% and 0.0% of the variance of the scaled features; colour and shape show segment; the sample has no row of segment 12, noise.");
    expect(scatterCaption({shown: 1, sampled: false, ratio: [0.5, 0.5], byTruth: true})).toMatch(/^1 row on .* show the label column\.$/);
  });

  it("silhouettePlotCaption(…) counts rows below 0 in the singular and plural", () => {
    expect(silhouettePlotCaption({shown: 1000, sampled: false, mean: 0.5512, negative: 1})).toBe("Silhouette of 1,000 rows, sorted within each segment (1 = well inside its segment, below 0 = closer to another segment); mean 0.55; 1 row below 0.");
    expect(silhouettePlotCaption({shown: 2000, sampled: true, mean: null, negative: 0})).toMatch(/^Silhouette of 2,000 rows \(a random sample\), .*; mean —; 0 rows below 0\.$/);
  });

  it("dendrogramCaption(…) states the merges drawn, the cut and the rows", () => {
    expect(dendrogramCaption({merges: 29, sampled: false, k: 4, cutHeight: 18.021, rows: 1000})).toBe("The last 29 merges of the tree: each of the 30 leaves is a group of rows merged lower down (its size in brackets), coloured by segment; the dashed line cuts the tree into k = 4 segments at height 18.02. 1,000 rows in all.");
    expect(dendrogramCaption({merges: 1, sampled: true, k: 2, cutHeight: null, rows: 2})).toBe("The last 1 merge of the tree (built on a random sample): each of the 2 leaves is a group of rows merged lower down (its size in brackets), coloured by segment; the dashed line cuts the tree into k = 2 segments. 2 rows in all.");
  });
});
