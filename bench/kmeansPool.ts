// Speed-up of the segmentation worker pool (docs/components/segmentation/worker/pool.js) in Node:
// the same tasks (poolTask.js) spread over W worker_threads, as the page spreads them over Web
// Workers, for W = 1 … --workers (default: cores − 1, at least 2). Each worker gets its own copy of
// the matrix, as in the browser. Work: k-means k = 4 with 10 runs on the benchmark table's 8 scaled
// columns (bench/io/millionRows.ts), 20 stability reruns (nInit 1, 80% samples) and the choose-k
// sweep (k = 2…10, nInit 3, on a 50,000-row sample). Prints a Markdown table.
// Usage: npx tsx bench/kmeansPool.ts [rows=1000000] [--workers 2]
import {Worker} from "node:worker_threads";
import {availableParallelism} from "node:os";
import {prepareFeatures, kmeansRunPlan, randomSource, subsampleIndices} from "../src/index.js";
import {benchColumns, benchRows} from "./io/millionRows.js";
import type {PoolTask} from "../docs/components/segmentation/worker/pool.js";

const n = Number(process.argv[2] ?? 1_000_000);
const wi = process.argv.indexOf("--workers");
const maxWorkers = wi > 0 ? Number(process.argv[wi + 1]) : Math.max(2, availableParallelism() - 1);
const {columns} = benchRows(n);
const X = prepareFeatures({n, columns: benchColumns.slice(0, 8), data: columns}, {numeric: benchColumns.slice(0, 8)}).X;
const d = 8;
const data = new Float64Array(n * d);
X.forEach((row, i) => data.set(row, i * d));

const threadUrl = new URL("./io/poolThread.ts", import.meta.url);

async function spread(tasks: PoolTask[], W: number, M: {data: Float64Array; n: number; d: number}): Promise<{ms: number; results: {score: number; index: number}[]}> {
  const t0 = performance.now();
  const workers = Array.from({length: W}, () => new Worker(`import("tsx/esm/api").then(({register}) => (register(), import(${JSON.stringify(threadUrl.href)})));`, {eval: true}));
  await Promise.all(workers.map((w) => new Promise((resolve) => (w.once("message", resolve), w.postMessage({type: "matrix", data: M.data, n: M.n, d: M.d})))));
  const results = new Array(tasks.length);
  let next = 0;
  await Promise.all(workers.map(async (w) => {
    while (next < tasks.length) {
      const id = next++;
      results[id] = await new Promise((resolve) => (w.once("message", resolve), w.postMessage({id, task: tasks[id]})));
    }
  }));
  await Promise.all(workers.map((w) => w.terminate()));
  return {ms: performance.now() - t0, results};
}

const M = {data, n, d};
const plan = kmeansRunPlan(n, d, 4);
const sample = subsampleIndices(n, Math.min(n, 50_000), randomSource(42));
const Y = new Float64Array(sample.length * d);
sample.forEach((i, r) => Y.set(data.subarray(i * d, i * d + d), r * d));
const jobs: {name: string; M: typeof M; tasks: (W: number) => PoolTask[]}[] = [
  {name: `k-means k = 4, ${plan.runs} runs`, M, tasks: (W) => Array.from({length: Math.min(W, plan.runs)}, (_, p, a = Math.min(W, plan.runs)) => ({options: {k: 4, runs: [Math.floor((p * plan.runs) / a), Math.floor(((p + 1) * plan.runs) / a)] as [number, number]}}))},
  {name: "20 stability reruns (80% samples, nInit 1)", M, tasks: () => Array.from({length: 20}, (_, r) => ({options: {k: 4, nInit: 1, seed: 1000 + r}, sample: {size: Math.round(n * 0.8), seed: 1000 + r}}))},
  {name: "choose k: k = 2…10, nInit 3, 50,000-row sample", M: {data: Y, n: sample.length, d}, tasks: () => Array.from({length: 9}, (_, i) => ({options: {k: i + 2, nInit: 3, seed: 42}}))}
];
const load = (await import("node:fs")).readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(", ");
const lines = [`Node ${process.version}, ${n.toLocaleString("en-US")} rows × 8, ${availableParallelism()} cores, load average at start ${load}`, "", `| work | ${Array.from({length: maxWorkers}, (_, w) => `${w + 1} worker${w ? "s" : ""}`).join(" | ")} | speed-up |`, `| --- |${" ---: |".repeat(maxWorkers + 1)}`];
for (const job of jobs) {
  const times: number[] = [];
  let reference: unknown = null;
  for (let W = 1; W <= maxWorkers; ++W) {
    const {ms, results} = await spread(job.tasks(W), W, job.M);
    times.push(ms);
    // The same answer however the work is spread: the best run (k-means) or every rerun's inertia.
    const answer = job.name.startsWith("k-means") ? results.reduce((a, b) => (b.score < a.score || (b.score === a.score && b.index < a.index) ? b : a)) : results.map((r) => r.score);
    if (reference === null) reference = answer;
    else if (JSON.stringify(reference) !== JSON.stringify(answer)) throw new Error(`${job.name}: ${W} workers gave another result`);
  }
  const line = `| ${job.name} | ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(" | ")} | ${(times[0] / times.at(-1)!).toFixed(2)}× |`;
  lines.push(line);
  process.stderr.write(line + "\n");
}
process.stdout.write(lines.join("\n") + "\n");
