import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {adjustedRandIndex, applyModel, checkModel, dbscan, fitPreparation, hdbscan, kmeans, gaussianMixture, prepareRows, segmentModelOf} from "../../../src/index.js";
import {hdbscanPredict} from "../../../src/index.js";
import type {CovarianceType, SegmentModel} from "../../../src/index.js";
import {randomBlobs} from "../randomBlobs.js";

type Columns = Record<string, (number | string | null)[]>;
const py = JSON.parse(readFileSync(new URL("../reference/apply-model-cases.json", import.meta.url), "utf8")) as {
  numeric: string[];
  categorical: string[];
  train: Columns;
  new: Columns;
  preparation: {fill: number[]; categoryFill: string[]; categories: string[][]; center: number[]; scale: number[]};
  newPrepared: number[][];
  kmeans: {centers: number[][]; trainLabels: number[]; labels: number[]};
  gmm: {covariance: CovarianceType; weights: number[]; means: number[][]; covariances: number[] | number[][] | number[][][]; labels: number[]; probabilities: number[][]}[];
  hierarchical: {linkage: string; trainLabels: number[]; centroids: number[][]; labels: number[]};
};
const r = JSON.parse(readFileSync(new URL("../reference/apply-model-r-cases.json", import.meta.url), "utf8")) as {
  train: number[][];
  new: number[][];
  dbscan: {eps: number; minPts: number; labels: number[]; core: number[]; predict: number[]; predictCore: number[]};
  hdbscan: {minPts: number; labels: number[]; coredist: number[]; predict: number[]};
  kmedoids: {k: number; numeric: string[]; categorical: string[]; train: Columns; new: Columns; medoids: number[]; trainLabels: number[]; labels: number[]; distances: number[][]};
};

/** A column table (as src/io reads files): numbers in Float64Arrays (NaN = missing), text in arrays (null = missing). */
function columnTable(columns: Columns) {
  const names = Object.keys(columns);
  const data = names.map((c) => (columns[c].some((v) => typeof v === "string") ? columns[c] : Float64Array.from(columns[c], (v) => (v === null ? NaN : (v as number)))));
  return {n: columns[names[0]].length, columns: names, data};
}
const pyOptions = {numeric: py.numeric, categorical: py.categorical, missing: "mean" as const, scaling: "standard" as const};
const pyTrain = columnTable(py.train);
const pyNew = columnTable(py.new);
const close = (a: number[], b: number[], tol: number) => a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThan(tol));

describe("fitPreparation and prepareRows against scikit-learn (SimpleImputer, OneHotEncoder, StandardScaler)", () => {
  const {preparation} = fitPreparation(pyTrain, pyOptions);
  it("fitPreparation(train, {missing: \"mean\"}) keeps scikit-learn's fill values, categories, centre and scale", () => {
    close(preparation.fill as number[], py.preparation.fill, 1e-12);
    expect(preparation.categoryFill).toEqual(py.preparation.categoryFill);
    expect(preparation.categories).toEqual(py.preparation.categories);
    close(preparation.center, py.preparation.center, 1e-12);
    close(preparation.scale, py.preparation.scale, 1e-12);
  });
  it("prepareRows(preparation, new) equals scikit-learn's transform of the new rows, an unseen category as all zeros", () => {
    const rows = prepareRows(preparation, pyNew);
    expect(rows.rowIndex.length).toBe(py.newPrepared.length);
    rows.X.forEach((x, i) => close(x, py.newPrepared[i], 1e-12));
    expect(rows.unseen).toEqual({city: 3});
    expect(Object.keys(rows.filled).sort()).toEqual(["city", "spend", "visits"]);
  });
});

describe("applyModel(model, newRows) against scikit-learn and scipy", () => {
  it("k-means: KMeans.predict's labels, exactly", () => {
    const model = segmentModelOf(pyTrain, pyOptions, () => ({kind: "kmeans", centers: py.kmeans.centers}));
    const applied = applyModel(JSON.parse(JSON.stringify(model)), pyNew);
    expect(applied.labels).toEqual(py.kmeans.labels);
    expect(applied.approximate).toBe(false);
    expect(applied.probabilities).toBeNull();
  });
  it("k-means fitted here: the same partition as scikit-learn's, and each training row gets its own segment back", () => {
    const model = segmentModelOf(pyTrain, pyOptions, (p) => ({kind: "kmeans", centers: kmeans(p.X, {k: 3, seed: 1}).centers}));
    const fit = kmeans(fitPreparation(pyTrain, pyOptions).prepared.X, {k: 3, seed: 1});
    expect(adjustedRandIndex(fit.labels, py.kmeans.trainLabels)).toBe(1);
    expect(applyModel(model, pyTrain).labels).toEqual(fit.labels);
    expect(adjustedRandIndex(applyModel(model, pyNew).labels, py.kmeans.labels)).toBe(1);
  });
  for (const g of py.gmm) {
    it(`mixture (${g.covariance}): GaussianMixture.predict and predict_proba, to 1e-10`, () => {
      const model = segmentModelOf(pyTrain, pyOptions, () => ({kind: "gmm", covariance: g.covariance, weights: g.weights, means: g.means, covariances: g.covariances}));
      const applied = applyModel(JSON.parse(JSON.stringify(model)), pyNew);
      expect(applied.labels).toEqual(g.labels);
      close(applied.probabilities!, g.probabilities.map((p, i) => p[g.labels[i]]), 1e-10);
    });
  }
  it("mixture fitted here: each training row gets the fit's own label and probability back", () => {
    const {prepared} = fitPreparation(pyTrain, pyOptions);
    const fit = gaussianMixture(prepared.X, {k: 3, seed: 0});
    const model = segmentModelOf(pyTrain, pyOptions, () => ({kind: "gmm", covariance: fit.covariance, weights: fit.weights, means: fit.means, covariances: fit.covariances}));
    const applied = applyModel(model, pyTrain);
    expect(applied.labels).toEqual(fit.labels);
    close(applied.probabilities!, fit.probabilities.map((p) => Math.max(...p)), 1e-9);
  });
  it("hierarchical: the nearest centroid of scipy's ward segments, said to be approximate", () => {
    const model = segmentModelOf(pyTrain, pyOptions, () => ({kind: "hierarchical", linkage: "ward", labels: py.hierarchical.trainLabels}));
    if (model.method.kind !== "hierarchical") throw new Error("wrong kind");
    model.method.centroids.forEach((c, i) => close(c, py.hierarchical.centroids[i], 1e-12));
    const applied = applyModel(model, pyNew);
    expect(applied.labels).toEqual(py.hierarchical.labels);
    expect(applied.approximate).toBe(true);
    expect(applied.rule).toMatch(/nearest centroid/);
  });
});

describe("applyModel(model, newRows) against R's dbscan and cluster packages", () => {
  const train = {n: r.train.length, columns: ["x", "y"], data: [Float64Array.from(r.train, (p) => p[0]), Float64Array.from(r.train, (p) => p[1])]};
  const fresh = {n: r.new.length, columns: ["x", "y"], data: [Float64Array.from(r.new, (p) => p[0]), Float64Array.from(r.new, (p) => p[1])]};
  const none = {numeric: ["x", "y"], scaling: "none" as const};
  it("DBSCAN: the fit equals R's; new rows get R's .predict_frNN on the core rows (DBSCAN's rule)", () => {
    const fit = dbscan(r.train, {eps: r.dbscan.eps, minSamples: r.dbscan.minPts});
    expect(fit.labels).toEqual(r.dbscan.labels);
    expect(fit.core.flatMap((c, i) => (c ? [i] : []))).toEqual(r.dbscan.core);
    const model = segmentModelOf(train, none, () => ({kind: "dbscan", eps: r.dbscan.eps, labels: fit.labels, core: fit.core}));
    const applied = applyModel(model, fresh);
    expect(applied.labels).toEqual(r.dbscan.predictCore);
    // R's own predict looks among border rows too: it differs on the rows only a border row reaches.
    const differ = applied.labels.flatMap((l, i) => (l !== r.dbscan.predict[i] ? [i] : []));
    expect(differ.length).toBe(4);
    for (const i of differ) expect(applied.labels[i]).toBe(-1);
  });
  it("HDBSCAN: the fit equals R's; approximate prediction agrees with R's predict on every row both assign, and on 115 of 120 (the other 5: noise for one, a cluster for the other)", () => {
    const fit = hdbscan(r.train, {minClusterSize: r.hdbscan.minPts});
    expect(fit.labels).toEqual(r.hdbscan.labels);
    close(fit.coreDistances, r.hdbscan.coredist, 1e-12);
    const model = segmentModelOf(train, none, () => ({kind: "hdbscan", fit}));
    const applied = applyModel(JSON.parse(JSON.stringify(model)), fresh);
    expect(applied.approximate).toBe(true);
    const same = applied.labels.filter((l, i) => l === r.hdbscan.predict[i]).length;
    const bothAssigned = applied.labels.flatMap((l, i) => (l >= 0 && r.hdbscan.predict[i] >= 0 ? [i] : []));
    for (const i of bothAssigned) expect(applied.labels[i]).toBe(r.hdbscan.predict[i]);
    expect(same).toBe(115);
    // The training rows predicted by the model get their own labels back, but for 4 of 320 (an approximation).
    const self = applyModel(model, train);
    expect(self.labels.filter((l, i) => l === fit.labels[i]).length).toBe(316);
  });
  it("k-medoids: each new row's nearest medoid by R's daisy(metric = \"gower\"), and its distance", () => {
    const k = r.kmedoids;
    const options = {numeric: k.numeric, categorical: k.categorical, scaling: "standard" as const};
    const model = segmentModelOf(columnTable(k.train), options, () => ({kind: "kmedoids", medoids: k.medoids}));
    const applied = applyModel(JSON.parse(JSON.stringify(model)), columnTable(k.new));
    expect(applied.labels).toEqual(k.labels);
    expect(applied.approximate).toBe(false);
    expect(applyModel(model, columnTable(k.train)).labels).toEqual(k.trainLabels);
  });
});

describe("applyModel(model, table) on bad input", () => {
  const model = segmentModelOf(pyTrain, pyOptions, () => ({kind: "kmeans", centers: py.kmeans.centers}));
  it("names every missing column", () => {
    const {spend, city, ...rest} = py.new;
    void spend;
    void city;
    expect(() => applyModel(model, columnTable(rest))).toThrow("The new rows have no column “spend”, “city”; the model needs them");
  });
  it("names the first text cell of a numeric column, counting rows from 1", () => {
    const t = columnTable({...py.new, visits: py.new.visits.map((v, i) => (i === 4 ? "lots" : v))});
    expect(() => applyModel(model, t)).toThrow("Column “visits” of the new rows holds text (row 5: “lots”), but the model reads it as numbers.");
  });
  it("with missing = \"drop\", a row missing a value gets −2 and is counted", () => {
    const drop = segmentModelOf(pyTrain, {...pyOptions, missing: "drop"}, (p) => ({kind: "kmeans", centers: kmeans(p.X, {k: 3, seed: 1}).centers}));
    const applied = applyModel(drop, pyNew);
    const missing = py.new.spend.map((v, i) => v === null || py.new.visits[i] === null || py.new.city[i] === null).filter(Boolean).length;
    expect(applied.preparation.dropped).toBe(missing);
    expect(applied.labels.filter((l) => l === -2).length).toBe(missing);
    expect(applied.counts.find((c) => c.label === -2)?.count).toBe(missing);
  });
  it("checkModel rejects what is not a model, with the reason", () => {
    expect(() => checkModel({format: "x"})).toThrow(/not a segment model/);
    const broken = JSON.parse(JSON.stringify(model)) as SegmentModel;
    (broken.method as {centers: number[][]}).centers = [[1, 2]];
    expect(() => checkModel(broken)).toThrow("its kmeans parameters are damaged (centres)");
    expect(() => checkModel({...model, method: {kind: "spectral"}})).toThrow(/“spectral” is not one this page can apply/);
    expect(() => checkModel({...model, preparation: {...model.preparation, fill: [1, null, 3]}})).toThrow("its preparation lacks the fill values of the missing-value rule");
  });
});

describe("prepareRows(preparation, table) with numbers kept as text", () => {
  const {preparation} = fitPreparation(pyTrain, pyOptions);
  it("reads text that is a number as that number, and names the first cell that is not one", () => {
    const asText = columnTable({...py.new, visits: py.new.visits.map((v) => (v === null ? null : String(v)))});
    expect(prepareRows(preparation, asText).X).toEqual(prepareRows(preparation, pyNew).X);
    const bad = columnTable({...py.new, visits: py.new.visits.map((v, i) => (i === 6 ? "often" : v === null ? null : String(v)))});
    expect(() => prepareRows(preparation, bad)).toThrow("Column “visits” of the new rows holds text (row 7: “often”), but the model reads it as numbers.");
  });
});

describe("applyModel(hdbscan model, many rows)", () => {
  it("places rows in chunks with the labels and probabilities of one hdbscanPredict call", () => {
    const X = randomBlobs(400, 2, 5);
    const fresh = randomBlobs(2600, 2, 6);
    const fit = hdbscan(X, {minClusterSize: 10});
    const cols = (rows: number[][]) => ({n: rows.length, columns: ["a", "b"], data: [Float64Array.from(rows, (r) => r[0]), Float64Array.from(rows, (r) => r[1])]});
    const model = segmentModelOf(cols(X), {numeric: ["a", "b"], scaling: "none"}, () => ({kind: "hdbscan", fit}));
    const applied = applyModel(model, cols(fresh));
    const direct = hdbscanPredict({...fit, data: X}, fresh);
    expect(applied.labels).toEqual(direct.labels);
    expect(applied.probabilities).toEqual(direct.probabilities);
    expect(new Set(direct.labels).size).toBeGreaterThan(1);
  });
});
