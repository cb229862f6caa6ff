// Runs the exported scripts with Debian's python3-sklearn on the sample customers and checks that
// Python finds the page's partition (adjusted Rand = 1). Skipped where scikit-learn is missing,
// except in CI (CI=true), where .ci/run installs it and a missing scikit-learn is a failure.
import {execFileSync, spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3-dsv";
import {afterAll, describe, expect, it} from "vitest";
import {customersCsv} from "../../../loaders/customers.js";
import {adjustedRandIndex, cutTree, dateFeatures, dbscan, gaussianMixture, gower, hierarchical, kmeans, kmedoids, parseTable, prepareFeatures, pythonScript, sparkScript} from "../../../src/index.js";
import {cluster} from "../../../docs/components/segmentation/clusterRun.js";
import {methodExtras} from "../../../docs/components/segmentation/worker/methodExtras.js";
import {scriptSpec} from "../../../docs/components/segmentation/scriptSpec.js";
import type {DateFeature, ScriptSpec} from "../../../src/index.js";

const hasSklearn = spawnSync("/usr/bin/python3", ["-c", "import sklearn, pandas, scipy"]).status === 0;
if (!hasSklearn && process.env.CI === "true") throw new Error("CI needs Debian's python3-sklearn, python3-pandas and python3-scipy for the exported-script tests");
const dir = mkdtempSync(join(tmpdir(), "pk-script-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const csv = customersCsv({n: 400, seed: 3});
const rows = csvParse(csv).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== "" && v !== undefined && Number.isFinite(Number(v)) ? Number(v) : v])));
// A copy with holes and a column already named "segment", as analysts' files have.
const holed = rows.map((r, i) => ({...r, segment: "keep me", total_spending: i % 37 === 5 ? "" : r.total_spending, city: i % 53 === 7 ? "" : r.city}));
writeFileSync(join(dir, "rows.csv"), csv);
writeFileSync(join(dir, "holed.csv"), csvFormat(holed));

function run(spec: ScriptSpec, file = "rows.csv"): {labels: (number | null)[]; header: string[]; out: Record<string, string>[]} {
  writeFileSync(join(dir, "script.py"), pythonScript(spec));
  const text = execFileSync("/usr/bin/python3", [join(dir, "script.py"), join(dir, file)], {encoding: "utf8", maxBuffer: 1 << 26});
  const out = csvParse(text);
  const column = out.columns.at(-1)!;
  return {labels: out.map((r) => (r[column] === "" ? null : Number(r[column]))), header: out.columns, out};
}

const base = {numeric: ["total_spending", "purchase_frequency", "days_since_last_purchase"], categorical: ["preferred_category"], missing: "drop" as const};

describe.skipIf(!hasSklearn)("pythonScript(spec) run with python3 finds the page's partition", {timeout: 60_000}, () => {
  it("pythonScript({method: 'kmeans'}) with standard scaling", () => {
    const prepared = prepareFeatures(rows, {...base, scaling: "standard"});
    const fit = kmeans(prepared.X, {k: 4, seed: 1});
    const {labels} = run({...base, scaling: "standard", method: "kmeans", params: {k: 4}, fitted: {centers: fit.centers}});
    expect(adjustedRandIndex(labels as number[], fit.labels)).toBe(1);
  });
  it("pythonScript({method: 'kmeans'}) with min–max scaling, mean filling, and a 'segment' column in the file", () => {
    const spec = {...base, scaling: "minmax" as const, missing: "mean" as const};
    const prepared = prepareFeatures(holed, spec);
    const fit = kmeans(prepared.X, {k: 3, seed: 2});
    const {labels, header, out} = run({...spec, method: "kmeans", params: {k: 3}, fitted: {centers: fit.centers}}, "holed.csv");
    expect(header).toContain("segment");
    expect(header.at(-1)).toBe("_segment");
    expect(out[0].segment).toBe("keep me");
    expect(adjustedRandIndex(labels as number[], fit.labels)).toBe(1);
  });
  it("pythonScript({method: 'kmeans'}) drops the rows the page dropped", () => {
    const spec = {...base, scaling: "robust" as const};
    const prepared = prepareFeatures(holed, spec);
    const fit = kmeans(prepared.X, {k: 4, seed: 3});
    const {labels} = run({...spec, method: "kmeans", params: {k: 4}, fitted: {centers: fit.centers}}, "holed.csv");
    const kept = labels.flatMap((l, i) => (l === null ? [] : [i]));
    expect(kept).toEqual(prepared.rowIndex);
    expect(adjustedRandIndex(labels.filter((l) => l !== null) as number[], fit.labels)).toBe(1);
  });
  for (const linkage of ["ward", "average", "complete", "single"] as const) {
    it(`pythonScript({method: 'hierarchical', params: {linkage: '${linkage}'}})`, () => {
      const prepared = prepareFeatures(rows, {...base, scaling: "standard"});
      const labels = cutTree(hierarchical(prepared.X, {linkage}).merges, {k: 4});
      const python = run({...base, method: "hierarchical", params: {k: 4, linkage}}).labels;
      expect(adjustedRandIndex(python as number[], labels)).toBe(1);
    });
  }
  it("pythonScript({method: 'dbscan'}) keeps the noise", () => {
    const prepared = prepareFeatures(rows, {...base, scaling: "standard"});
    const fit = dbscan(prepared.X, {eps: 0.6, minSamples: 5});
    expect(fit.nNoise).toBeGreaterThan(0);
    const {labels} = run({...base, method: "dbscan", params: {eps: 0.6, minSamples: 5}});
    expect(labels).toEqual(fit.labels);
  });
  it("pythonScript({method: 'kmedoids'}) on Gower dissimilarities", () => {
    const spec = {numeric: ["total_spending", "age"], categorical: ["city", "gender"], missing: "drop" as const, scaling: "none" as const};
    const D = gower(rows as Record<string, number | string>[], spec);
    const fit = kmedoids(D, {k: 3});
    const {labels} = run({...spec, method: "kmedoids", params: {k: 3}, fitted: {medoids: fit.medoids}});
    expect(adjustedRandIndex(labels as number[], fit.labels)).toBe(1);
  });
});

describe.skipIf(!hasSklearn)("pythonScript(spec) for a Gaussian mixture", {timeout: 60_000}, () => {
  for (const covariance of ["full", "diag"] as const) {
    it(`pythonScript({method: 'gmm', params: {covariance: '${covariance}'}}) started from gaussianMixture's fit finds its partition`, () => {
      const prepared = prepareFeatures(rows, {...base, scaling: "standard"});
      const fit = gaussianMixture(prepared.X, {k: 4, covariance, seed: 42});
      const {labels} = run({...base, scaling: "standard", method: "gmm", params: {k: 4, covariance}, fitted: {weights: fit.weights, means: fit.means, covariances: fit.covariances}});
      expect(labels.filter((l) => l !== null)).toHaveLength(prepared.X.length);
      expect(adjustedRandIndex(labels.filter((l) => l !== null) as number[], fit.labels)).toBe(1);
    });
  }
});

// A file with a date column written as analysts' files write it: dates, timestamps with and without a
// zone (some crossing midnight or a month in UTC), and missing cells. The page reads it with parseTable
// (ISO text → dates), derives the features in the worker with dateFeatures, then prepares and clusters.
const dayMs = 86_400_000;
const dated = rows.map((r, i) => {
  const t = Date.UTC(2024, 5, 30) - Number(r.days_since_last_purchase) * dayMs;
  const iso = new Date(t).toISOString().slice(0, 10);
  const last_order = i % 41 === 3 ? "" : i % 5 === 0 ? `${iso}T23:30:00-02:00` : i % 5 === 1 ? `${iso} 06:15` : i % 5 === 2 ? `${iso}T01:00:00+05:30` : iso;
  return {customer_id: r.customer_id, total_spending: r.total_spending, purchase_frequency: r.purchase_frequency, last_order};
});
writeFileSync(join(dir, "dated.csv"), csvFormat(dated));

describe.skipIf(!hasSklearn)("pythonScript(spec) with date features derived on the page", {timeout: 60_000}, () => {
  const table = parseTable(csvFormat(dated));
  const cases: {missing: "drop" | "median"; derived: DateFeature[]; method: "kmeans" | "hierarchical"}[] = [
    {missing: "drop", derived: [{column: "last_order", part: "daysSince"}, {column: "last_order", part: "month"}], method: "kmeans"},
    {missing: "median", derived: [{column: "last_order", part: "weekday"}, {column: "last_order", part: "daysSince"}], method: "hierarchical"}
  ];
  for (const {missing, derived, method} of cases) {
    it(`pythonScript({derived: [${derived.map((f) => f.part).join(", ")}], missing: '${missing}', method: '${method}'}) derives the same features and finds the page's partition (ARI = 1)`, () => {
      expect(table.types[table.columns.indexOf("last_order")]).toBe("date");
      const {table: withDates, names} = dateFeatures(table, derived);
      const spec = {numeric: ["total_spending", "purchase_frequency", ...names], derived, missing, scaling: "standard" as const};
      const prepared = prepareFeatures(withDates, spec);
      const labels = method === "kmeans" ? kmeans(prepared.X, {k: 4, seed: 5}) : {labels: cutTree(hierarchical(prepared.X, {linkage: "ward"}).merges, {k: 4}), centers: []};
      const python = run({...spec, method, params: {k: 4, linkage: "ward"}, fitted: method === "kmeans" ? {centers: labels.centers} : {}}, "dated.csv");
      const kept = python.labels.flatMap((l, i) => (l === null ? [] : [i]));
      expect(kept).toEqual(prepared.rowIndex);
      if (missing === "drop") expect(kept.length).toBeLessThan(dated.length);
      expect(adjustedRandIndex(python.labels.filter((l) => l !== null) as number[], Array.from(labels.labels))).toBe(1);
      expect(python.header).toEqual([...table.columns, "segment"]); // the derived features are not written back
    });
  }
  it("pythonScript({derived}) computes the features the page computes, to the last bit", () => {
    const derived: DateFeature[] = [{column: "last_order", part: "daysSince"}, {column: "last_order", part: "month"}, {column: "last_order", part: "weekday"}];
    const {table: withDates, names} = dateFeatures(table, derived);
    const script = pythonScript({numeric: names, derived, missing: "median", scaling: "none", method: "dbscan", params: {eps: 1e-9, minSamples: 1}}).replace(
      "X, kept, names = prepare(with_dates(rows))",
      "with_dates(rows)[[n for _, _, n in DERIVED]].to_csv(sys.stdout, index=False, float_format='%.17g')\nsys.exit(0)"
    );
    writeFileSync(join(dir, "dates.py"), script);
    const out = csvParse(execFileSync("/usr/bin/python3", [join(dir, "dates.py"), join(dir, "dated.csv")], {encoding: "utf8"}));
    names.forEach((name, j) => {
      const page = Array.from(withDates.data[table.columns.length + j] as Float64Array);
      expect(out.map((r) => (r[name] === "" ? NaN : Number(r[name]))), name).toEqual(page);
    });
  });
});

// The spec /segmentation builds (scriptSpec.js) from what its worker returns (clusterRun.js + methodExtras.js).
describe.skipIf(!hasSklearn)("scriptSpec(snapshot) of /segmentation, run with python3, finds the page's partition", {timeout: 60_000}, () => {
  const pageParams = {numeric: base.numeric, categorical: base.categorical, missing: "drop", scaling: "standard", seed: 42, k: 4, linkage: "ward", eps: 0.6, minSamples: 5, covariance: "full", minClusterSize: 10, selection: "eom", components: 2};
  for (const algorithm of ["kmeans", "hierarchical", "gmm", "dbscan", "kmedoids"]) {
    it(`scriptSpec({params: {algorithm: '${algorithm}'}}) gives a script whose segments equal the page's (ARI = 1)`, () => {
      const params = {...pageParams, algorithm};
      const prepared = prepareFeatures(rows, params as never);
      const page = cluster(prepared.X, params, {features: prepared.features});
      const {model} = methodExtras(page, prepared.rowIndex, rows.length);
      const spec = scriptSpec({result: {model}, params, data: {name: "rows.csv"}});
      const script = pythonScript(spec);
      if (algorithm === "gmm") expect(script).toContain('covariance = "full"');
      const {labels} = run(spec);
      const kept = labels.filter((l) => l !== null) as number[];
      expect(kept).toHaveLength(prepared.X.length);
      expect(adjustedRandIndex(kept, Array.from(page.labels))).toBe(1);
      if (algorithm === "dbscan") expect(kept).toEqual(Array.from(page.labels));
    });
  }
});

describe("pythonScript(spec)", () => {
  it("pythonScript(spec) writes column names as Python strings, never as code", () => {
    const script = pythonScript({numeric: ['a"); import os; ("', "null"], method: "dbscan", params: {eps: 1}});
    expect(script).toContain('NUMERIC = ["a\\"); import os; (\\"", "null"]');
  });
  it("pythonScript(spec) refuses an analysis without features", () => {
    expect(() => pythonScript({numeric: [], method: "kmeans"})).toThrow(/no feature columns/);
  });
});

describe("sparkScript(spec)", () => {
  const spec = {numeric: ["total_spending"], categorical: ["city"], method: "kmeans" as const, params: {k: 5}};
  it("sparkScript(spec) fits MLlib's KMeans with the page's k and says it was not run", () => {
    const script = sparkScript(spec);
    expect(script).toContain("KMeans(k=5");
    expect(script).toContain("NOT RUN");
    expect(script).toContain('NUMERIC = ["total_spending"]');
  });
  it("sparkScript(spec) refuses derived date features rather than leave them out", () => {
    expect(() => sparkScript({...spec, derived: [{column: "d", part: "month"}]})).toThrow(/does not derive date features/);
  });
  it("sparkScript(spec, {method: 'bisecting'}) offers a divisive hierarchy for a hierarchical analysis", () => {
    expect(sparkScript({...spec, method: "hierarchical"}, {method: "bisecting"})).toContain("BisectingKMeans(k=5");
    expect(() => sparkScript({...spec, method: "dbscan"})).toThrow(/no dbscan/);
  });
  it.skipIf(!hasSklearn)("sparkScript(spec) is valid Python", () => {
    writeFileSync(join(dir, "spark.py"), sparkScript({...spec, missing: "median"}));
    expect(spawnSync("/usr/bin/python3", ["-m", "py_compile", join(dir, "spark.py")]).status).toBe(0);
  });
});
