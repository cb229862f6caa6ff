// Hierarchical clustering: our hierarchical() against ml-hclust's agnes (the npm peer) and scipy's linkage.
import {spawnSync} from "node:child_process";
import {fileURLToPath} from "node:url";
import {agnes} from "ml-hclust";
import type {Cluster} from "ml-hclust";
import {adjustedRandIndex} from "../src/metrics/adjustedRandIndex.js";
import {cutTree} from "../src/cluster/cutTree.js";
import {hierarchical} from "../src/cluster/hierarchical/hierarchical.js";
import type {Linkage} from "../src/cluster/hierarchical/hierarchical.js";
import {blobs, toRowArrays} from "./data.js";
import {reference} from "./python.js";
import {formatCount, formatRatio, formatSeconds, markdownTable, time} from "./time.js";

const D = 5;
const LINKAGES: Linkage[] = ["ward", "complete", "average", "single"];
// ml-hclust rebuilds its distance matrix at every merge (n³): the baseline measured 1.8 s at 1,000
// rows and 18 s at 2,000, and extrapolates to ~38 min at 10,000, so it runs at the two small sizes only.
const PEER_MAX = 2000;

export async function bench({quick}: {quick: boolean}): Promise<string> {
  const sizes = quick ? [1000] : [1000, 2000, 10000];
  const rows: string[][] = [];
  for (const n of sizes) {
    const X = blobs(n, D);
    const arrays = n <= PEER_MAX ? toRowArrays(X) : null;
    for (const linkage of LINKAGES) {
      log(`${linkage}, n = ${n}`);
      const repeats = n >= 10000 ? 1 : 3;
      const ours = time(() => hierarchical(X, {linkage}), {repeats});
      const heights = ours.value.merges.map((m) => m[2]).sort((a, b) => a - b);
      const peer =
        arrays === null
          ? null
          : time(() => agnes(arrays, {method: linkage === "ward" ? "ward2" : linkage}), {repeats: 1});
      const scipy = reference("linkage", X, {method: linkage, maxclust: 4, repeats});
      const peerDiff = peer ? maxDifference(heights, treeHeights(peer.value)) : null;
      const scipyDiff = scipy ? maxDifference(heights, [...(scipy.result.heights as number[])].sort((a, b) => a - b)) : null;
      const ari = scipy ? adjustedRandIndex(cutTree(ours.value.merges, {k: 4}), scipy.result.labels as number[]) : null;
      rows.push([
        formatCount(n),
        String(D),
        linkage === "ward" ? "ward (peer: ward2)" : linkage,
        formatSeconds(ours.seconds),
        peer ? formatSeconds(peer.seconds) : `not run (baseline: ~38 min at 10,000)`,
        scipy ? formatSeconds(scipy.seconds) : "–",
        formatRatio(peer?.seconds, ours.seconds),
        formatRatio(ours.seconds, scipy?.seconds),
        [peerDiff === null ? null : `peer ${peerDiff.toExponential(1)}`, scipyDiff === null ? null : `scipy ${scipyDiff.toExponential(1)}`]
          .filter(Boolean)
          .join(", ") || "–",
        ari === null ? "–" : ari.toFixed(3)
      ]);
    }
  }
  // Pages re-run hierarchical() on every input change: the small cases the lessons use.
  const tiny = blobs(10, D);
  const small = LINKAGES.map((linkage) => `${linkage} ${formatSeconds(time(() => hierarchical(tiny, {linkage}), {repeats: 101}).seconds)}`);
  const large: string[][] = [];
  if (!quick) {
    for (const linkage of ["ward", "single"] as const) {
      log(`${linkage}, n = 20000 (child process, for its memory high-water mark)`);
      const m = largeRun(20000, linkage);
      large.push([
        formatCount(20000),
        String(D),
        linkage,
        m ? formatSeconds(m.seconds) : "failed",
        m ? `${(m.baselineMB).toFixed(0)} MB → ${(m.peakMB).toFixed(0)} MB (+${(m.peakMB - m.baselineMB).toFixed(0)} MB)` : "–",
        `${((20000 * 19999) / 2 * 8 / 2 ** 30).toFixed(2)} GiB`
      ]);
    }
  }
  return [
    "## Hierarchical clustering",
    "",
    `Blobs with d = ${D}. Ours: \`hierarchical(X, {linkage})\`; peer: ml-hclust \`agnes(rows, {method})\` (\`ward2\` is its scipy-compatible Ward; one run);` +
      " scipy: `linkage(X, method)` (Euclidean, includes computing the distances). Height difference: largest |Δ| between sorted merge heights;" +
      " ARI: our `cutTree(merges, {k: 4})` against scipy's `fcluster(Z, 4, \"maxclust\")`.",
    "",
    markdownTable(
      ["n", "d", "linkage", "ours", "ml-hclust", "scipy", "ml-hclust ÷ ours", "ours ÷ scipy", "max height difference", "ARI vs scipy"],
      rows
    ),
    "",
    `At 10 rows (a lesson's dataset; median of 101 runs): ${small.join(", ")}.`,
    "",
    ...(large.length
      ? [
          "Single linkage, and Ward above 2,000 rows, never build a distance matrix, so they also run at 20,000 rows (ours only, one run in a fresh Node process;" +
            " memory is that process's resident-set high-water mark before and after the call):",
          "",
          markdownTable(["n", "d", "linkage", "ours", "peak RSS before → after", "a condensed distance matrix would take"], large),
          ""
        ]
      : []),
    "We replace ml-hclust: it recomputes all cluster distances after every merge (cubic time), its `ward` is R's ward.D rather than scipy's Ward," +
      " and it returns a tree object instead of a linkage matrix. Ours uses the nearest-neighbour chain (Ward on centroids above 2,000 rows and on scipy's matrix recurrence up to 2,000, so ties break as in scipy; complete/average on a" +
      " condensed matrix with Lance–Williams updates) and Prim's minimum spanning tree for single linkage, as scipy does.",
    ""
  ].join("\n");
}

/** Heights of the merges in an ml-hclust tree, sorted. */
function treeHeights(root: Cluster): number[] {
  const heights: number[] = [];
  root.traverse((c) => {
    if (!c.isLeaf) heights.push(c.height);
  });
  return heights.sort((a, b) => a - b);
}

function maxDifference(a: number[], b: number[]): number {
  if (a.length !== b.length) return NaN;
  let m = 0;
  for (let i = 0; i < a.length; ++i) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Runs one large case in a fresh Node process, so its peak memory is its own. */
function largeRun(n: number, linkage: Linkage): {seconds: number; baselineMB: number; peakMB: number} | null {
  const src = (file: string) => JSON.stringify(fileURLToPath(new URL(file, import.meta.url)));
  const code = [
    `const {hierarchical} = await import(${src("../src/hierarchical.ts")});`,
    `const {blobs} = await import(${src("./data.ts")});`,
    `const X = blobs(${n}, ${D});`,
    `const before = process.resourceUsage().maxRSS;`,
    `const t0 = performance.now();`,
    `const r = hierarchical(X, {linkage: ${JSON.stringify(linkage)}});`,
    `const seconds = (performance.now() - t0) / 1000;`,
    `if (r.merges.length !== ${n - 1}) throw new Error("wrong number of merges");`,
    `console.log(JSON.stringify({seconds, before, after: process.resourceUsage().maxRSS}));`
  ].join("\n");
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    encoding: "utf8",
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    // Node's default heap: the section's own large-heap setting would raise the baseline resident set.
    env: {...process.env, NODE_OPTIONS: ""}
  });
  if (r.status !== 0) {
    log(`n = ${n}, ${linkage} failed: ${r.stderr}`);
    return null;
  }
  const out = JSON.parse(r.stdout.trim().split("\n").pop()!) as {seconds: number; before: number; after: number};
  return {seconds: out.seconds, baselineMB: out.before / 1024, peakMB: out.after / 1024};
}

function log(message: string): void {
  process.stderr.write(`[bench] hierarchical: ${message}\n`);
}
