// The segmentation page's map request (docs/components/segmentation/worker/mapRequest.js's steps):
// mapRows (UMAP, a seeded sample of 50,000 above that) and trustworthiness on 1,000 query rows, on
// seeded blobs with 5 prepared features, at 1,000, 10,000 and 100,000 rows. Wall and CPU time per step.
//   npx tsx bench/segmentationMap.ts [n…]
import {performance} from "node:perf_hooks";
import {mapRows, trustworthiness} from "../src/manifold/index.js";
import {blobs, toRowArrays} from "./data.js";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const n of sizes.length ? sizes : [1000, 10000, 100000]) {
  const X = toRowArrays(blobs(n, 5));
  const c0 = process.cpuUsage();
  let t0 = performance.now();
  const m = mapRows(X, {sample: 50000, seed: 42});
  const mapSeconds = (performance.now() - t0) / 1000;
  const mapCpu = process.cpuUsage(c0);
  t0 = performance.now();
  const mapped = m.rowIndex.map((i) => X[i]);
  const T = trustworthiness(mapped, m.embedding, {nNeighbors: 5, sampleSize: Math.min(1000, mapped.length) < mapped.length ? 1000 : undefined, seed: 42});
  const trustSeconds = (performance.now() - t0) / 1000;
  console.log(`n = ${n.toLocaleString("en-US")}: mapped ${m.rowIndex.length.toLocaleString("en-US")} rows (${m.nEpochs} epochs), UMAP ${mapSeconds.toFixed(2)} s wall (${((mapCpu.user + mapCpu.system) / 1e6).toFixed(2)} s CPU), trustworthiness ${T.toFixed(4)} in ${trustSeconds.toFixed(2)} s; load ${(await import("node:os")).loadavg()[0].toFixed(1)}`);
}
