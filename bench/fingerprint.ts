// Fingerprints of the library's results, to show that a refactoring changed no bit of them:
// `npx tsx bench/fingerprint.ts > before.txt`, change the code, run it again and `diff` the outputs.
// Each line is one case and the SHA-256 (first 16 hex digits) of its result written exactly: every
// number as its shortest round-trip decimal (distinct doubles, distinct text), −0, NaN and ±∞ spelt
// out, typed arrays as arrays. The last line hashes all the lines.
//
// Cases: k-means (labels, centres, inertia, iterations; default, plain Lloyd, random starts, one run
// with history), the four linkages' merges and PCA (every field, each solver) on every reference
// fixture in test/fixtures/, raw and standardized; k-means on random small tables (extra runs and
// jump runs) and hierarchical clustering on random integer scores (ties); seeded blobs at sizes that
// take each code path (k-means++ exact and sampled trials, two or more columns, 3 or 4 trials; Ward on
// the matrix recurrence and on centroids); 100,000-row blobs for k-means, PCA and Ward/single linkage;
// the segment stories of the food-delivery customers; and the cluster scores (silhouette,
// Calinski–Harabasz, Davies–Bouldin, with and without noise) of the fixtures' k-means and DBSCAN
// labels. `--quick` leaves out the 100,000-row linkages (about a minute and a half).
import {createHash} from "node:crypto";
import {readdirSync, readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {calinskiHarabasz, customerMessage, daviesBouldin, dbscan, deliveryProfiles, hierarchical, kmeans, pca, segmentStories, silhouette, standardize} from "../src/index.js";
import type {KmeansOptions, Linkage, Matrix, PcaOptions, Rows} from "../src/index.js";
import {randomScores, randomTable} from "../test/unit/randomBlobs.js";
import {blobs} from "./data.js";

const quick = process.argv.includes("--quick");
const lines: string[] = [];

/** The value as text with every number exact. */
function exact(value: unknown): string {
  if (typeof value === "number") {
    if (Object.is(value, -0)) return "-0";
    return Number.isNaN(value) ? "NaN" : String(value);
  }
  if (value === null || value === undefined || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  if (ArrayBuffer.isView(value)) return exact(Array.from(value as unknown as ArrayLike<number>));
  if (Array.isArray(value)) return `[${value.map(exact).join(",")}]`;
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${exact((value as Record<string, unknown>)[key])}`)
    .join(",")}}`;
}

function record(name: string, value: unknown): void {
  const hash = createHash("sha256").update(exact(value)).digest("hex").slice(0, 16);
  const line = `${name.padEnd(58)} ${hash}`;
  lines.push(line);
  console.log(line);
}

const kmeansVariants: [string, KmeansOptions][] = [
  ["default", {}],
  ["refine false", {refine: false}],
  ["init random", {init: "random"}],
  ["nInit 1 history", {nInit: 1, history: true, seed: 7}],
];
const linkages: Linkage[] = ["ward", "complete", "average", "single"];
const pcaVariants: [string, PcaOptions][] = [
  ["default", {}],
  ["svd", {solver: "svd"}],
  ["covariance", {solver: "covariance"}],
  ["center false", {center: false}],
  ["2 components", {components: 2}],
];

function kmeansCase(name: string, X: Rows, options: KmeansOptions): void {
  const {labels, centers, inertia, iterations, converged, history} = kmeans(X, options);
  record(`kmeans ${name}`, {labels, centers, inertia, iterations, converged, history});
}

/**
 * Silhouette, Calinski–Harabasz and Davies–Bouldin (or the error they throw) of k-means labels and
 * of DBSCAN labels with noise, at the fixture's DBSCAN parameters for this input.
 */
function clusterScores(X: number[][], ks: number[], dbscans: {eps: number; min_samples: number}[]): unknown[] {
  const scores = (labels: number[]) =>
    [false, true].map((excludeNoise) =>
      [silhouette, calinskiHarabasz, daviesBouldin].map((score) => {
        try {
          return score(X, labels, {excludeNoise});
        } catch (error) {
          return String(error);
        }
      }),
    );
  return [...ks.map((k) => scores(kmeans(X, {k}).labels)), ...dbscans.map(({eps, min_samples}) => scores(dbscan(X, {eps, minSamples: min_samples}).labels))];
}

// The reference fixtures, raw and standardized.
const fixturesDir = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
for (const file of readdirSync(fixturesDir).sort()) {
  if (!file.endsWith(".json") || file === "VERSIONS.json" || file === "seed-datasets.json") continue;
  const fx = JSON.parse(readFileSync(fixturesDir + file, "utf8"));
  for (const input of ["raw", "standardized"] as const) {
    const X: number[][] = input === "raw" ? fx.X : fx.standardized;
    const tag = `${fx.name} ${input}`;
    const ks = [...new Set<number>(fx.kmeans.map((entry: {k: number}) => entry.k))].sort((a, b) => a - b);
    for (const k of ks) for (const [variant, options] of kmeansVariants) kmeansCase(`${tag} k=${k} ${variant}`, X, {k, ...options});
    for (const linkage of linkages) record(`hierarchical ${tag} ${linkage}`, hierarchical(X, {linkage}).merges);
    for (const [variant, options] of pcaVariants) record(`pca ${tag} ${variant}`, pca(X, options));
    record(`scores ${tag}`, clusterScores(X, ks, fx.dbscan.filter((entry: {input: string}) => entry.input === input)));
  }
}

// Random small tables: extra runs and jump runs; random integer scores: tied distances.
for (let i = 0; i < 30; ++i) {
  const {X, k} = randomTable(i);
  kmeansCase(`randomTable(${i}) k=${k}`, X, {k});
}
for (let i = 0; i < 20; ++i) {
  const X = randomScores(i);
  record(`hierarchical randomScores(${i}) all linkages`, linkages.map((linkage) => hierarchical(X, {linkage}).merges));
}

// Seeded blobs at sizes that take each path.
const mid: [number, number, number][] = [
  [10_000, 5, 4], // n·d·k = 200,000: jump runs
  [40_000, 2, 4], // exact trials, two columns, 3 trials
  [40_000, 2, 8], // 4 trials
  [40_000, 5, 4], // exact trials, stored distances, 3 trials fused
  [40_000, 5, 8], // 4 trials, one at a time
];
for (const [n, d, k] of mid) kmeansCase(`blobs(${n}, ${d}) k=${k}`, blobs(n, d), {k});
for (const linkage of linkages) record(`hierarchical blobs(2000, 3) ${linkage}`, hierarchical(blobs(2000, 3), {linkage}).merges);
record("hierarchical blobs(5000, 3) ward (centroids)", hierarchical(blobs(5000, 3), {linkage: "ward"}).merges);

// 100,000 rows: sampled trials.
for (const d of [2, 5, 20]) {
  const X: Matrix = blobs(100_000, d);
  kmeansCase(`blobs(100000, ${d}) k=4`, X, {k: 4});
  if (d === 5) {
    kmeansCase(`blobs(100000, ${d}) k=8`, X, {k: 8});
    kmeansCase(`blobs(100000, ${d}) k=4 refine false`, X, {k: 4, refine: false});
  }
  const {components, explainedVariance, explainedVarianceRatio, singularValues, mean, totalVariance} = pca(X);
  record(`pca blobs(100000, ${d}) default`, {components, explainedVariance, explainedVarianceRatio, singularValues, mean, totalVariance});
  if (d === 5) record(`pca blobs(100000, ${d}) svd (all fields)`, pca(X, {solver: "svd"}));
}
if (!quick) {
  const X = blobs(100_000, 2);
  for (const linkage of ["ward", "single"] as const) record(`hierarchical blobs(100000, 2) ${linkage}`, hierarchical(X, {linkage}).merges);
}

// Segment stories of the seed's food-delivery customers, for k = 2 … 5.
{
  const fx = JSON.parse(readFileSync(fixturesDir + "food_delivery.json", "utf8"));
  const X: number[][] = fx.X;
  const columns: string[] = fx.features;
  const Z = standardize(X).data;
  for (let k = 2; k <= 5; ++k) {
    const {labels} = kmeans(Z, {k});
    const profiles = deliveryProfiles(X, labels, {columns});
    const stories = [0.2, 0.5, 1.5].map((threshold) => segmentStories(profiles, {threshold}));
    const messages = X.map((row, i) =>
      customerMessage(stories[1][labels[i]], {name: fx.names[i], value: row[0], frequency: row[1], diversity: row[2], hour: row[3], seasonality: row[4]}),
    );
    record(`segmentStory food_delivery k=${k}`, {profiles, stories, messages});
  }
}

console.log(`${"all".padEnd(58)} ${createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16)}`);
