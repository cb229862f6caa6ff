// PCA: our pca() against ml-pca (the npm peer) and scikit-learn's PCA(svd_solver="full").
import {PCA} from "ml-pca";
import {pca} from "../src/decomposition/pca.js";
import {blobs, toRowArrays} from "./data.js";
import {reference} from "./python.js";
import {formatCount, formatRatio, formatSeconds, markdownTable, time} from "./time.js";

const COMPONENTS = 2;

export async function bench({quick}: {quick: boolean}): Promise<string> {
  const sizes: [number, number][] = quick ? [[100000, 20]] : [[100000, 20], [1000000, 5], [1000000, 20]];
  const rows: string[][] = [];
  for (const [n, d] of sizes) {
    log(`n = ${n}, d = ${d}`);
    const X = blobs(n, d);
    const repeats = n >= 1000000 ? 1 : 3;
    const ours = time(() => pca(X, {components: COMPONENTS}), {repeats});
    const sk = reference("pca", X, {n_components: COMPONENTS, svd_solver: "full", repeats});
    const input = toRowArrays(X);
    const peer = time(() => new PCA(input, {method: "SVD"}), {repeats: 1});
    const peerRatios = peer.value.getExplainedVariance().slice(0, COMPONENTS);
    const skRatios = sk ? (sk.result.explained_variance_ratio as number[]) : null;
    const skVariance = sk ? (sk.result.explained_variance as number[]) : null;
    rows.push([
      formatCount(n),
      String(d),
      formatSeconds(ours.seconds),
      formatSeconds(peer.seconds),
      sk ? formatSeconds(sk.seconds) : "–",
      formatRatio(peer.seconds, ours.seconds),
      formatRatio(ours.seconds, sk?.seconds),
      [
        skVariance ? `sklearn ${relativeDifference(ours.value.explainedVariance, skVariance).toExponential(1)}` : null,
        skRatios ? `sklearn ratio ${relativeDifference(ours.value.explainedVarianceRatio, skRatios).toExponential(1)}` : null,
        `ml-pca ratio ${relativeDifference(ours.value.explainedVarianceRatio, peerRatios).toExponential(1)}`
      ]
        .filter(Boolean)
        .join(", ")
    ]);
  }
  // The pages run PCA on lesson tables (about a dozen rows) and on uploaded files of up to 200,000 rows.
  const tiny = blobs(12, 4);
  const tinyTime = time(() => pca(tiny), {repeats: 101}).seconds;
  const upload = blobs(200000, 5);
  const uploadTime = time(() => pca(upload), {repeats: 5}).seconds;
  return [
    "## PCA",
    "",
    `Blobs, ${COMPONENTS} components. Ours: \`pca(X, {components: ${COMPONENTS}})\` on the Matrix, which also computes the scores (n × ${COMPONENTS} plain arrays);` +
      ` scikit-learn: \`PCA(n_components=${COMPONENTS}, svd_solver="full").fit(X)\` (the fit only, no scores); ml-pca: \`new PCA(rows, {method: "SVD"})\` (one run, all components).` +
      " Agreement: largest relative difference of the explained variances and ratios.",
    "",
    markdownTable(["n", "d", "ours", "ml-pca", "scikit-learn", "ml-pca ÷ ours", "ours ÷ sklearn", "agreement"], rows),
    "",
    `Page-sized cases: 12 × 4 rows ${formatSeconds(tinyTime)} (median of 101), 200,000 × 5 with every component and scores ${formatSeconds(uploadTime)} (median of 5).`,
    "",
    "We replace ml-pca: it agrees with scikit-learn to about 1e-12, but it copies the rows into its own matrix, always decomposes fully, leaves each" +
      " component's sign arbitrary and has no component-count option. Ours is a one-sided Jacobi SVD for small tables (accurate for tiny" +
      " singular values) and, for large n, one pass forming the d × d cross-product matrix followed by a Jacobi eigensolver.",
    ""
  ].join("\n");
}

function relativeDifference(a: number[], b: number[]): number {
  let m = 0;
  for (let i = 0; i < Math.min(a.length, b.length); ++i) m = Math.max(m, Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), 1e-300));
  return a.length === b.length ? m : NaN;
}

function log(message: string): void {
  process.stderr.write(`[bench] pca: ${message}\n`);
}
