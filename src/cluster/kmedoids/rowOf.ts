import type {Dissimilarity} from "../../core/dissimilarity.js";

/** Copies observation h's dissimilarities to every observation (0 for itself) into `out`. */
export function rowOf({n, distances}: Dissimilarity, h: number, out: Float64Array): Float64Array {
  let at = h - 1; // condensed index of (0, h)
  for (let j = 0; j < h; ++j) {
    out[j] = distances[at];
    at += n - j - 2;
  }
  out[h] = 0;
  const base = n * h - (h * (h + 1)) / 2 - h - 1;
  for (let j = h + 1; j < n; ++j) out[j] = distances[base + j];
  return out;
}
