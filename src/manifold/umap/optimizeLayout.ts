import type {Graph} from "./fuzzySimplicialSet.js";

/** Options of {@link optimizeLayout}. */
export interface OptimizeLayoutOptions {
  /** Curve parameters from {@link findAbParams}. */
  a: number;
  b: number;
  nEpochs: number;
  random: () => number;
  /** Repulsion weight; defaults to 1 (umap-learn's `repulsion_strength`). */
  gamma?: number;
  /** Starting learning rate, decaying linearly to 0; defaults to 1. */
  learningRate?: number;
  /** Negative samples per positive sample; defaults to 5. */
  negativeSampleRate?: number;
  /** Move the tail of each edge as well as its head (fitting); false when placing new rows against a fixed map. Defaults to true. */
  moveOther?: boolean;
  /** The fixed map the tails live in when `moveOther` is false; defaults to `head` itself. */
  tailEmbedding?: Float64Array;
  /** Number of rows of the tail map; defaults to graph.n. */
  nTail?: number;
  /** Called after each epoch with the number of epochs done. */
  onEpoch?: (done: number) => void;
}

/**
 * umap-learn's `optimize_layout_euclidean` for 2-D maps: stochastic gradient descent on the
 * fuzzy cross-entropy. Edge e is sampled every `epochsPerSample[e]` = max weight / weight epochs
 * (edges lighter than max/nEpochs are dropped first, as umap-learn); each sample pulls the two
 * ends together by the attractive gradient −2ab·d^(2(b−1)) / (1 + a·d^(2b)) and pushes the head
 * from `negativeSampleRate` random rows by 2γb / ((0.001 + d²)(1 + a·d^(2b))), each coordinate's
 * step clipped to ±4 and scaled by a learning rate falling linearly from `learningRate` to 0.
 * `embedding` (n × 2, row-major) is updated in place.
 */
export function optimizeLayout(
  embedding: Float64Array,
  graph: Graph,
  {a, b, nEpochs, random, gamma = 1, learningRate = 1, negativeSampleRate = 5, moveOther = true, tailEmbedding, nTail, onEpoch}: OptimizeLayoutOptions
): void {
  const {head, tail, weight} = graph;
  const tailMap = tailEmbedding ?? embedding;
  const nVertices = nTail ?? graph.n;
  let max = 0;
  for (let e = 0; e < weight.length; ++e) if (weight[e] > max) max = weight[e];
  // Keep the edges sampled at least once over the run.
  const keep: number[] = [];
  for (let e = 0; e < weight.length; ++e) if (weight[e] >= max / nEpochs && weight[e] > 0) keep.push(e);
  const m = keep.length;
  const heads = new Int32Array(m), tails = new Int32Array(m);
  const perSample = new Float64Array(m), nextSample = new Float64Array(m), perNegative = new Float64Array(m), nextNegative = new Float64Array(m);
  for (let x = 0; x < m; ++x) {
    const e = keep[x];
    heads[x] = head[e];
    tails[x] = tail[e];
    perSample[x] = nextSample[x] = max / weight[e];
    perNegative[x] = nextNegative[x] = perSample[x] / negativeSampleRate;
  }
  const twoAB = 2 * a * b, twoGB = 2 * gamma * b;
  const sameMap = tailMap === embedding;
  for (let epoch = 0; epoch < nEpochs; ++epoch) {
    const alpha = learningRate * (1 - epoch / nEpochs);
    for (let x = 0; x < m; ++x) {
      if (nextSample[x] > epoch) continue;
      const j = heads[x], k = tails[x];
      const j0 = 2 * j, k0 = 2 * k;
      let dx = embedding[j0] - tailMap[k0], dy = embedding[j0 + 1] - tailMap[k0 + 1];
      let d2 = dx * dx + dy * dy;
      if (d2 > 0) {
        const pb = Math.exp(b * Math.log(d2)); // d2^b: Math.pow is ~3× slower in V8
        const coeff = (-twoAB * (pb / d2)) / (a * pb + 1); // −2ab·d2^(b−1) / (1 + a·d2^b)
        const gx = clip(coeff * dx) * alpha, gy = clip(coeff * dy) * alpha;
        embedding[j0] += gx;
        embedding[j0 + 1] += gy;
        if (moveOther) {
          tailMap[k0] -= gx;
          tailMap[k0 + 1] -= gy;
        }
      }
      nextSample[x] += perSample[x];
      const negatives = Math.floor((epoch - nextNegative[x]) / perNegative[x]);
      // The head's position in locals while it is pushed away from random rows (itself skipped).
      let cx = embedding[j0], cy = embedding[j0 + 1];
      for (let p = 0; p < negatives; ++p) {
        const r = Math.floor(random() * nVertices);
        if (r === j && sameMap) continue;
        dx = cx - tailMap[2 * r];
        dy = cy - tailMap[2 * r + 1];
        d2 = dx * dx + dy * dy;
        if (d2 > 0) {
          const coeff = twoGB / ((0.001 + d2) * (a * Math.exp(b * Math.log(d2)) + 1));
          let gx = coeff * dx, gy = coeff * dy;
          gx = gx > 4 ? 4 : gx < -4 ? -4 : gx;
          gy = gy > 4 ? 4 : gy < -4 ? -4 : gy;
          cx += gx * alpha;
          cy += gy * alpha;
        }
      }
      embedding[j0] = cx;
      embedding[j0 + 1] = cy;
      if (negatives > 0) nextNegative[x] += negatives * perNegative[x];
    }
    onEpoch?.(epoch + 1);
  }
}

function clip(v: number): number {
  return v > 4 ? 4 : v < -4 ? -4 : v;
}
