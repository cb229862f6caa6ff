// Sentences for issue 18's methods and helpers, apart from the DOM so each is tested against the
// numbers it states (test/unit/components/segmentationMethods.test.ts): the new methods' settings,
// the suggested k with its reason, and the soft-membership summary.

/** Parameters of the new methods, as the page sends them. */
export interface MethodParams {
  algorithm: string;
  k?: number;
  seed?: number;
  covariance?: string;
  minClusterSize?: number;
  minSamples?: number;
  selection?: string;
  categorical?: string[];
}

/** The new method and its parameters in words, or null for another method. */
export function newMethodSettings(p: MethodParams): string | null {
  switch (p.algorithm) {
    case "gmm":
      return `Gaussian mixture, k = ${p.k}, ${p.covariance ?? "full"} covariance, seed ${p.seed}`;
    case "hdbscan":
      return `HDBSCAN, min cluster size ${p.minClusterSize}, min samples ${p.minSamples}, ${p.selection === "leaf" ? "leaf" : "excess of mass (eom)"} selection`;
    case "kmedoids":
      return `k-medoids (Gower), k = ${p.k}`;
    default:
      return null;
  }
}

/** One point of a "choose k" curve: silhouette (k-means, hierarchical) or BIC/AIC (mixtures). */
export interface KPoint {
  k: number;
  silhouette?: number | null;
  bic?: number;
  aic?: number;
}

/** The suggested k: {k, reason, text}; null when no point has a usable score. Ties go to the smallest k. */
export function suggestK(points: KPoint[], {criterion}: {criterion: "silhouette" | "bic"}): {k: number; value: number; text: string} | null {
  const usable = points.filter((p) => {
    const v = criterion === "bic" ? p.bic : p.silhouette;
    return typeof v === "number" && Number.isFinite(v);
  });
  if (usable.length === 0) return null;
  const range = `k = ${points[0].k}…${points.at(-1)!.k}`;
  switch (criterion) {
    case "silhouette": {
      const best = usable.reduce((a, p) => (p.silhouette! > a.silhouette! ? p : a));
      const weak = best.silhouette! < 0.25 ? " It is below 0.25: no k gives well-separated segments, so let what the segments are for decide." : "";
      return {k: best.k, value: best.silhouette!, text: `Suggested k = ${best.k}: the highest mean silhouette of ${range} (${best.silhouette!.toFixed(2)}).${weak}`};
    }
    case "bic": {
      const best = usable.reduce((a, p) => (p.bic! < a.bic! ? p : a));
      const aicBest = usable.filter((p) => Number.isFinite(p.aic)).reduce((a, p) => (p.aic! < a.aic! ? p : a), best);
      const edge = best.k === points.at(-1)!.k ? ` BIC still falls at k = ${best.k}, the largest tried: more components may fit better still.` : "";
      const aic = aicBest.k === best.k ? " AIC agrees." : ` AIC, which penalises parameters less, is lowest at k = ${aicBest.k}.`;
      return {k: best.k, value: best.bic!, text: `Suggested k = ${best.k}: the lowest BIC of ${range} (${Math.round(best.bic!).toLocaleString("en-US")}).${aic}${edge}`};
    }
    default: {
      const never: never = criterion;
      throw new RangeError(`unknown criterion: ${String(never)}`);
    }
  }
}

/** How many rows are held with a probability below `threshold`, in words (rows without a probability, NaN, are not counted). */
export function membershipText(probabilities: ArrayLike<number>, {threshold = 0.5, method = "gmm"}: {threshold?: number; method?: string} = {}): {uncertain: number; scored: number; text: string} {
  let uncertain = 0;
  let scored = 0;
  for (let i = 0; i < probabilities.length; ++i) {
    const p = probabilities[i];
    if (p !== p) continue;
    ++scored;
    if (p < threshold) ++uncertain;
  }
  const what = method === "hdbscan"
    ? `HDBSCAN's membership strength of each row (1 for a cluster's densest rows, 0 for noise)`
    : `Each row's probability of its most likely component`;
  const rows = `${uncertain.toLocaleString("en-US")} of ${scored.toLocaleString("en-US")} ${scored === 1 ? "row" : "rows"}`;
  const reason = method === "hdbscan" ? "noise, or on a cluster's edge" : "no component holds them more likely than not";
  const text = `${what} is in the member list and the exports. ${rows} ${uncertain === 1 ? "has" : "have"} a value below ${threshold} (${reason}) and ${uncertain === 1 ? "is" : "are"} marked ${method === "hdbscan" ? "“edge”" : "“uncertain”"}.`;
  return {uncertain, scored, text};
}
