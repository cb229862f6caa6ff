// k-medoids' silhouette on the Gower distances it clustered by (issue 18), not Euclidean on the
// prepared features: scikit-learn's silhouette_score(D, labels, metric="precomputed") on the same
// dissimilarity (src/metrics/precomputedSilhouette.ts). On the rows PAM saw: all of them, or the
// seeded sample of kmedoidsLimit rows above it.
import {precomputedSilhouetteSamples} from "../../../lib/index.js";

/**
 * {score, values: [{label, value}], size, sampled} from the Gower dissimilarity of the rows PAM
 * clustered and PAM's labels; null when there aren't 2 to n − 1 segments among them.
 */
export function gowerSilhouette(dissimilarity, labels, {sampled}) {
  const k = new Set(labels).size;
  if (k < 2 || k >= labels.length) return null;
  const values = precomputedSilhouetteSamples(dissimilarity, labels);
  let sum = 0;
  for (const v of values) sum += v;
  return {score: sum / values.length, values: values.map((value, i) => ({label: labels[i], value})), size: values.length, sampled};
}

/** Puts the Gower silhouette into an analysis's metrics (analyse.js), in place. */
export function applyGowerSilhouette(metrics, s) {
  metrics.silhouette = s.score;
  metrics.silhouetteSampleSize = s.size;
  metrics.silhouetteScope = s.sampled ? "sample" : "all";
  metrics.silhouetteMetric = "gower";
}
