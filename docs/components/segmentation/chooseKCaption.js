// The caption of the "choose k" chart (helperCharts.js), from the helper's result alone.

const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(digits));

/** What the chart shows: the k range, where the within-cluster sum of squares goes, the best silhouette, and the sample k-means ran on when it did. */
export function chooseKCaption(result) {
  const {points} = result;
  const best = points.reduce((a, p) => (p.silhouette > a.silhouette ? p : a), points[0]);
  const on = result.curveSample ? ` (k-means on a random sample of ${result.curveSample.toLocaleString("en-US")} rows)` : "";
  return `For k = ${points[0].k}…${points.at(-1).k}${on}: within-cluster sum of squares (left) falls from ${fmt(points[0].inertia, 0)} to ${fmt(points.at(-1).inertia, 0)}; silhouette (right) is highest at k = ${best.k} (${fmt(best.silhouette)}).`;
}
