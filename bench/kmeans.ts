// K-means: our kmeans() against ml-kmeans (the npm peer) and scikit-learn's KMeans(algorithm="lloyd").
import {kmeans as mlKmeans} from "ml-kmeans";
import {adjustedRandIndex} from "../src/metrics/adjustedRandIndex.js";
import {kmeans} from "../src/cluster/kmeans/kmeans.js";
import {blobs, toRowArrays} from "./data.js";
import {reference} from "./python.js";
import {formatCount, formatRatio, formatSeconds, markdownTable, time} from "./time.js";

const K = 4;
const N_INIT = 10;

export async function bench({quick}: {quick: boolean}): Promise<string> {
  const sizes = quick ? [100_000] : [100_000, 1_000_000];
  const rows: string[][] = [];
  for (const n of sizes) {
    for (const d of [2, 5, 20]) {
      log(`n = ${n}, d = ${d}`);
      const X = blobs(n, d);
      // Both JavaScript implementations first run once, untimed, on 60,000 rows of the same shape,
      // so the timings are of compiled code, as on a page that re-runs k-means (the first call in a
      // fresh process also pays for V8's compilation: ~1.8× the warm time at 100,000 × 2 for ours).
      const warm = blobs(60_000, d, {seed: 7});
      kmeans(warm, {k: K, nInit: N_INIT});
      bestOfMlKmeans(toRowArrays(warm));
      // At 1,000,000 rows each peer runs once (ml-kmeans takes ~20–50 s there); ours takes the median of 3.
      const repeats = n >= 1_000_000 ? 1 : 3;
      const ours = time(() => kmeans(X, {k: K, nInit: N_INIT}), {repeats: 3});
      const sk = reference("kmeans", X, {k: K, n_init: N_INIT, repeats});
      let arrays: number[][] | null = toRowArrays(X);
      const peer = time(() => bestOfMlKmeans(arrays!), {repeats});
      arrays = null;
      const inertia = ours.value.inertia;
      const skInertia: number | null = sk ? sk.result.inertia : null;
      rows.push([
        formatCount(n),
        String(d),
        formatSeconds(ours.seconds),
        formatSeconds(peer.seconds),
        sk ? formatSeconds(sk.seconds) : "–",
        formatRatio(peer.seconds, ours.seconds),
        formatRatio(ours.seconds, sk?.seconds),
        relative(peer.value.inertia, inertia),
        skInertia === null ? "–" : relative(skInertia, inertia),
        sk ? adjustedRandIndex(ours.value.labels, sk.result.labels as number[]).toFixed(3) : "–",
      ]);
    }
  }
  // The lessons re-run kmeans() on every slider move: small cases, median of 21 runs.
  const small = [1000, 10_000].map((n) => {
    const X = blobs(n, 3);
    return `${formatCount(n)} × 3: ${formatSeconds(time(() => kmeans(X, {k: K, nInit: N_INIT}), {repeats: 21}).seconds)}`;
  });
  // A harder case than well-separated blobs: overlapping ones, with more clusters than blobs.
  const hard = quick ? null : overlapping();
  return [
    "## K-means",
    "",
    `Blobs, k = ${K}, ${N_INIT} initialisations. Ours: \`kmeans(X, {k: ${K}})\` (greedy k-means++, Lloyd with Hamerly's bounds, then Hartigan's single-point moves, best of ${N_INIT});` +
      ` ml-kmeans has no n_init: ${N_INIT} seeded runs of \`kmeans(rows, ${K}, {seed, initialization: "kmeans++"})\`, best inertia kept` +
      ` (its input converted to \`number[][]\` outside the timing); scikit-learn: \`KMeans(${K}, n_init=${N_INIT}, random_state=42, algorithm="lloyd")\`.` +
      " Inertia columns: the peer's inertia relative to ours (positive: ours is lower). ARI: our labels against scikit-learn's." +
      " Both JavaScript implementations run once, untimed, on 60,000 rows of the same shape before each size is timed.",
    "",
    markdownTable(
      ["n", "d", "ours", "ml-kmeans", "scikit-learn", "ml-kmeans ÷ ours", "ours ÷ sklearn", "ml-kmeans inertia vs ours", "sklearn inertia vs ours", "ARI vs sklearn"],
      rows,
    ),
    "",
    `Pages re-run k-means on slider moves (k = ${K}, ${N_INIT} initialisations, median of 21): ${small.join("; ")}.`,
    "",
    ...(hard ? [hard, ""] : []),
    "We replace ml-kmeans: about 95% of its time is its k-means++ seeding, which recomputes every distance from scratch for each" +
      " candidate, and its Lloyd iterations visit every point–centre pair. Ours keeps a running nearest-distance array during seeding" +
      " and skips the distances the triangle inequality rules out; above 50,000 rows it compares the 2 + ⌊ln k⌋ trials of each" +
      " centre on a stratified sample of n / 16 rows (at least 8,192) and computes only the chosen centre's distances for every row" +
      " (summing every trial over every row was three quarters of the time at 100,000 × 20 and left us at 1.6–1.7× scikit-learn)." +
      " Lloyd's iterations use Hamerly's bounds, tightened with the half-distance to the nearest other centre (2h − u), so most points" +
      " are settled without computing a distance; each run ends with Hartigan's single-point moves (bounded the same way, re-anchored" +
      " on how far the means actually moved after every full sweep), which can only lower the inertia. On small data" +
      " (n · d · k ≤ 200,000) it makes up to 10 × nInit runs and then challenges the best with jump runs (one centre moved elsewhere):" +
      " ten runs ended above scikit-learn's best of ten on 11 of 100 random small tables, these on none.",
    "",
  ].join("\n");
}

/** 60,000 × 10 overlapping blobs (cluster std 5 around centres in [−10, 10]^10), k = 7: ours with and without refinement, scikit-learn. */
function overlapping(): string {
  log("overlapping blobs, 60,000 × 10, k = 7");
  const k = 7;
  const X = blobs(60_000, 10, {clusterStd: 5, seed: 13});
  kmeans(blobs(60_000, 10, {clusterStd: 5, seed: 14}), {k, nInit: 2});
  const ours = time(() => kmeans(X, {k, nInit: N_INIT}), {repeats: 3});
  const plain = time(() => kmeans(X, {k, nInit: N_INIT, refine: false}), {repeats: 3});
  const sk = reference("kmeans", X, {k, n_init: N_INIT, repeats: 3});
  return (
    `Overlapping blobs (cluster std 5 around 4 centres in [−10, 10]^10, z-scored), 60,000 × 10, k = ${k}, ${N_INIT} initialisations:` +
    ` ours ${formatSeconds(ours.seconds)} (${formatRatio(ours.seconds, sk?.seconds)} scikit-learn's ${sk ? formatSeconds(sk.seconds) : "–"}),` +
    ` inertia ${sk ? relative(sk.result.inertia, ours.value.inertia) : "–"} for scikit-learn relative to ours;` +
    ` without the Hartigan refinement (\`refine: false\`) ${formatSeconds(plain.seconds)} (${formatRatio(plain.seconds, sk?.seconds)}),` +
    ` inertia ${sk ? relative(sk.result.inertia, plain.value.inertia) : "–"}.` +
    " Not a bar, but where we are slowest: with 7 clusters cutting through 4 overlapping blobs, about a third of the points fail" +
    " Hamerly's single lower-bound test in each iteration, and each failure computes the distances to all 7 centres one by one, where" +
    " scikit-learn computes all of them as a matrix product on two threads. Elkan's per-centre bounds compute 2.3× fewer distances here" +
    " (10.6 million against 24.4 million), but tried in this code (alone, and behind Hamerly's test) they made kmeans() 15–30% slower:" +
    " nearly every point entered the per-centre loop." +
    " The refinement adds a little time here and takes the inertia below scikit-learn's."
  );
}

/** ml-kmeans has no n_init: run it with seeds 0…9 and keep the lowest inertia. */
function bestOfMlKmeans(rows: number[][]): {inertia: number; labels: number[]} {
  let best = {inertia: Infinity, labels: [] as number[]};
  for (let seed = 0; seed < N_INIT; ++seed) {
    const result = mlKmeans(rows, K, {seed, initialization: "kmeans++"});
    let inertia = 0;
    for (let i = 0; i < rows.length; ++i) {
      const x = rows[i];
      const c = result.centroids[result.clusters[i]];
      for (let j = 0; j < x.length; ++j) inertia += (x[j] - c[j]) ** 2;
    }
    if (inertia < best.inertia) best = {inertia, labels: result.clusters};
  }
  return best;
}

/** (peer − ours) / ours as a signed short string. */
function relative(peer: number, ours: number): string {
  const r = (peer - ours) / ours;
  return r === 0 ? "0" : `${r > 0 ? "+" : ""}${r.toExponential(1)}`;
}

function log(message: string): void {
  process.stderr.write(`[bench kmeans] ${message}\n`);
}

