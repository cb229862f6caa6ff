// Where the segmentation worker's time goes at n rows (issue 15): runs the worker's own analyse()
// and chooseK() in Node on the benchmark table (bench/io/millionRows.ts) with the page's defaults
// (k-means, k = 4, every numeric column, standard scaling) and prints each phase's milliseconds.
// Usage: npx tsx bench/segmentationPhases.ts [rows=1000000] [--chooseK]
import {benchColumns, benchRows} from "./io/millionRows.js";

const posted: unknown[] = [];
(globalThis as unknown as {postMessage: (m: unknown) => void}).postMessage = (m) => void posted.push(m);
const {state} = await import("../docs/components/segmentation/engineState.js");
const {analyse} = await import("../docs/components/segmentation/analyse.js");
const {chooseK} = await import("../docs/components/segmentation/chooseK.js");

const n = Number(process.argv[2] ?? 1_000_000);
const {columns, region} = benchRows(n);
state.table = {key: "bench", n, columns: benchColumns, types: [...benchColumns.slice(0, 8).map(() => "number"), "text"], data: [...columns.map((c) => Float64Array.from(c)), region]} as never;
const numeric = benchColumns.slice(0, 8);
const params = {key: "bench", algorithm: "kmeans", k: 4, seed: 42, numeric, categorical: [], missing: "drop", scaling: "standard", labelColumn: null, stability: process.argv.includes("--stability"), stabilityRuns: 20, profileColumns: benchColumns};
let t = performance.now();
const result = await analyse(params);
const total = performance.now() - t;
process.stdout.write(`analyse ${n} rows: ${total.toFixed(0)} ms ${JSON.stringify(Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(v)])))} inertia ${result.metrics.inertia.toFixed(1)} silhouette ${result.metrics.silhouette.toFixed(4)}\n`);
if (process.argv.includes("--chooseK")) {
  t = performance.now();
  const r = await chooseK(params);
  process.stdout.write(`chooseK: ${(performance.now() - t).toFixed(0)} ms ${JSON.stringify(r.points.map((p) => [p.k, Math.round(p.inertia), +p.silhouette.toFixed(3)]))}\n`);
}
