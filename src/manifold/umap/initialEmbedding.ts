import type {Matrix} from "../../core/matrix.js";
import {pca} from "../../decomposition/pca.js";
import type {Graph} from "./fuzzySimplicialSet.js";
import {spectralLayout} from "./spectralLayout.js";

/** How the map starts before the epochs: umap-learn's `init`. */
export type UmapInit = "spectral" | "pca" | "random";

/**
 * The starting map, n × 2 row-major, as umap-learn's `simplicial_set_embedding` prepares it:
 * "spectral" — the Laplacian eigenvectors ({@link spectralLayout}) scaled to a largest coordinate
 * of 10 plus N(0, 1e-4) noise, falling back to "random" when the graph is too small; "pca" — the
 * first two principal components scaled and noised the same way; "random" — uniform in
 * [−10, 10]². Then each coordinate is rescaled to [0, 10]. Also says which start was used.
 */
export function initialEmbedding(M: Matrix, graph: Graph, init: UmapInit, random: () => number): {embedding: Float64Array; init: UmapInit} {
  const n = M.n;
  let start: Float64Array | null;
  switch (init) {
    case "spectral":
      start = spectralLayout(graph, {dim: 2, random});
      break;
    case "pca":
      start = pcaStart(M);
      break;
    case "random":
      start = null;
      break;
    default: {
      const never: never = init;
      throw new RangeError(`unknown init: ${String(never)}; use "spectral", "pca" or "random"`);
    }
  }
  let used: UmapInit = init;
  let embedding: Float64Array;
  if (start) {
    let max = 0;
    for (let i = 0; i < start.length; ++i) max = Math.max(max, Math.abs(start[i]));
    const expansion = max > 0 ? 10 / max : 1;
    const normal = gaussian(random);
    embedding = start.map((v) => v * expansion + 1e-4 * normal());
  } else {
    used = "random";
    embedding = new Float64Array(n * 2);
    for (let i = 0; i < embedding.length; ++i) embedding[i] = -10 + 20 * random();
  }
  for (let c = 0; c < 2; ++c) {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; ++i) {
      lo = Math.min(lo, embedding[2 * i + c]);
      hi = Math.max(hi, embedding[2 * i + c]);
    }
    const span = hi - lo;
    for (let i = 0; i < n; ++i) embedding[2 * i + c] = span > 0 ? (10 * (embedding[2 * i + c] - lo)) / span : 5;
  }
  return {embedding, init: used};
}

function pcaStart(M: Matrix): Float64Array | null {
  if (M.n < 3) return null;
  let constant = true;
  for (let i = M.d; i < M.data.length && constant; ++i) if (M.data[i] !== M.data[i % M.d]) constant = false;
  if (constant) return null;
  const {scores, nComponents} = pca(M, {components: Math.min(2, M.d, M.n)});
  const out = new Float64Array(M.n * 2);
  for (let i = 0; i < M.n; ++i) for (let c = 0; c < nComponents; ++c) out[2 * i + c] = scores[i][c];
  return out;
}

/** Standard normal variates by Box–Muller from `random`. */
function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
