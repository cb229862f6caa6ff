// Cluster-quality metrics against scikit-learn. No npm dependency of ours computes them, so there is no peer column.
import {calinskiHarabasz, daviesBouldin, silhouette} from "../src/index.js";
import {blobLabels, blobs} from "./data.js";
import {reference} from "./python.js";
import {formatCount, formatRatio, formatSeconds, markdownTable, time} from "./time.js";

interface Case {
  n: number;
  d: number;
  sampleSize?: number;
}

export async function bench({quick}: {quick: boolean}): Promise<string> {
  const silhouetteCases: Case[] = quick
    ? [{n: 1_000, d: 2}]
    : [{n: 1_000, d: 2}, {n: 10_000, d: 2}, {n: 10_000, d: 5}, {n: 100_000, d: 5, sampleSize: 10_000}];
  const scoreCases: Case[] = quick ? [{n: 10_000, d: 5}] : [{n: 100_000, d: 5}, {n: 1_000_000, d: 5}];

  const rows: string[][] = [];
  for (const {n, d, sampleSize} of silhouetteCases) {
    process.stderr.write(`[bench] metrics: silhouette ${formatCount(n)} × ${d}${sampleSize ? `, sample ${formatCount(sampleSize)}` : ""}\n`);
    const X = blobs(n, d);
    const labels = blobLabels(n);
    const ours = time(() => silhouette(X, labels, {sampleSize}));
    const sk = reference("silhouette", X, {labels, sample_size: sampleSize});
    rows.push([
      formatCount(n),
      String(d),
      sampleSize ? formatCount(sampleSize) : "all",
      formatSeconds(ours.seconds),
      formatSeconds(sk?.seconds),
      formatRatio(ours.seconds, sk?.seconds),
      sk ? ours.value.toFixed(6) + " / " + (sk.result.score as number).toFixed(6) : ours.value.toFixed(6)
    ]);
  }

  const scoreRows: string[][] = [];
  for (const {n, d} of scoreCases) {
    process.stderr.write(`[bench] metrics: Calinski–Harabasz and Davies–Bouldin ${formatCount(n)} × ${d}\n`);
    const X = blobs(n, d);
    const labels = blobLabels(n);
    for (const [name, fn, task] of [
      ["calinskiHarabasz", calinskiHarabasz, "calinski_harabasz"],
      ["daviesBouldin", daviesBouldin, "davies_bouldin"]
    ] as const) {
      const ours = time(() => fn(X, labels));
      const sk = reference(task, X, {labels});
      const diff = sk ? Math.abs(ours.value - sk.result.score) / Math.abs(sk.result.score) : null;
      scoreRows.push([
        name,
        formatCount(n),
        String(d),
        formatSeconds(ours.seconds),
        formatSeconds(sk?.seconds),
        formatRatio(ours.seconds, sk?.seconds),
        diff === null ? "–" : diff.toExponential(1)
      ]);
    }
  }

  return [
    "## Cluster metrics",
    "",
    "Labels are the generating blob of each row. Silhouette is O(n²·d): every pair of rows once, no n × n matrix. No npm package among our dependencies computes these scores, so scikit-learn is the only comparison.",
    "",
    markdownTable(["n", "d", "rows scored", "silhouette (ours)", "scikit-learn", "ours ÷ sklearn", "score ours / sklearn"], rows),
    "",
    "With a sample, both sides score a random subset of the rows, but not the same subset (different generators): the scores agree only approximately.",
    "",
    markdownTable(["metric", "n", "d", "ours", "scikit-learn", "ours ÷ sklearn", "relative difference"], scoreRows),
    "",
    "We write these ourselves because nothing in our dependencies has them; the target is to stay within 2× of scikit-learn's silhouette at 10,000 rows (its pairwise distances use BLAS, but it reduces them row by row in Python)."
  ].join("\n");
}
