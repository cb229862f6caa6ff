// HDBSCAN*: our hdbscan() against R's dbscan::hdbscan (Debian's r-cran-dbscan), the reference of the tests.
import {totalmem} from "node:os";
import {hdbscan} from "../src/cluster/hdbscan/hdbscan.js";
import {adjustedRandIndex} from "../src/metrics/adjustedRandIndex.js";
import {blobs} from "./data.js";
import {rReference, rVersions} from "./r.js";
import {formatCount, formatRatio, formatSeconds, markdownTable, time} from "./time.js";

const MIN_PTS = 5;

/** Bytes of R's two n(n − 1)/2 double matrices (the distances and the mutual reachability distances). */
function rBytes(n: number): number {
  return 2 * 8 * (n * (n - 1)) / 2;
}

export async function bench({quick}: {quick: boolean}): Promise<string> {
  const sizes: [number, number][] = quick ? [[2000, 2], [5000, 2], [100000, 2]] : [[2000, 2], [5000, 2], [10000, 2], [20000, 2], [100000, 2], [100000, 5], [1000000, 2]];
  const rows: string[][] = [];
  const rTimes: [number, number][] = [];
  for (const [n, d] of sizes) {
    log(`n = ${n}, d = ${d}`);
    const X = blobs(n, d);
    const repeats = n >= 100000 ? 1 : 3;
    if (n <= 20000) hdbscan(X, {minClusterSize: MIN_PTS});
    const ours = time(() => hdbscan(X, {minClusterSize: MIN_PTS}), {repeats});
    // R builds dist() and the mutual reachability matrix: skip it where they would not fit in half the memory.
    const fits = rBytes(n) < totalmem() / 2;
    const r = fits && d === 2 ? rReference("hdbscan", X, {minPts: MIN_PTS, repeats: n >= 10000 ? 1 : repeats}) : null;
    if (r) rTimes.push([n, r.seconds]);
    let agreement = "–";
    if (r) {
      const rl = (r.result.cluster as number[]).map((v) => v - 1);
      const same = rl.every((v, i) => v === ours.value.labels[i]);
      const dp = maxDifference(ours.value.probabilities, r.result.membership_prob as number[]);
      const dg = maxDifference(ours.value.outlierScores, r.result.outlier_scores as number[]);
      agreement = `labels ${same ? "identical" : "differ"} (ARI ${adjustedRandIndex(rl, ours.value.labels).toFixed(3)}), probabilities ±${dp.toExponential(0)}, GLOSH ±${dg.toExponential(0)}`;
    }
    rows.push([
      formatCount(n),
      String(d),
      formatSeconds(ours.seconds),
      r ? formatSeconds(r.seconds) : fits ? "not run" : `cannot run: needs ${(rBytes(n) / 2 ** 30).toFixed(0)} GiB of distance matrices`,
      formatRatio(ours.seconds, r?.seconds),
      `${ours.value.nClusters} clusters, ${ours.value.nNoise} noise`,
      agreement,
    ]);
  }
  // R's time grows as n² (every pair's distance, then dense Prim's): fit t = c · n² on its largest run.
  let note = "";
  const last = rTimes[rTimes.length - 1];
  if (last) {
    const c = last[1] / last[0] ** 2;
    const big = rows.find((row) => row[0] === formatCount(100000) && row[1] === "2");
    note =
      `R's time grows as n²: from its ${formatCount(last[0])}-row run, ${formatSeconds(last[1])} × (100,000 / ${formatCount(last[0])})² ≈ ${(c * 1e10 / 60).toFixed(0)} min at 100,000 rows` +
      (big ? `, where ours takes ${big[2]} (if R had the ${(rBytes(100000) / 2 ** 30).toFixed(0)} GiB it needs).` : ".");
  }
  const versions = rVersions();
  return [
    "## HDBSCAN",
    "",
    `Blobs, minPts = ${MIN_PTS}. Ours: \`hdbscan(X, {minClusterSize: ${MIN_PTS}})\` (minSamples = minClusterSize); R: \`dbscan::hdbscan(x, minPts = ${MIN_PTS})\`` +
      ` (${versions ? `R ${versions.R}, dbscan ${versions.dbscan}` : "R not available"}; the whole call timed inside R, one run from 10,000 rows). Agreement: our labels, probabilities and GLOSH scores against R's.`,
    "",
    markdownTable(["n", "d", "ours", "R dbscan", "ours ÷ R", "ours", "agreement with R"], rows),
    "",
    note,
    "",
    "R computes all n(n − 1)/2 distances, then the mutual reachability matrix, then Prim's algorithm on it: O(n²) time and memory." +
      " Ours finds core distances with the k-d tree, builds the minimum spanning tree by Borůvka's algorithm over the tree (bounds seeded from each row's core ball)," +
      " then replays Prim's order over that tree plus the core-ball edges, which is R's order (so ties resolve as in R and the labels are identical); up to 4,096 rows it runs dense Prim's like R.",
    "",
  ].join("\n");
}

function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; ++i) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

function log(message: string): void {
  process.stderr.write(`[bench] hdbscan: ${message}\n`);
}
