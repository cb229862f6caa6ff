// The method choice and the inputs of issue 18's methods (Gaussian mixture, HDBSCAN, k-medoids on
// Gower distances), mirrored in the URL like the page's other settings. segmentation.md's inputs
// cell uses `methodOptions` for the radio and `newMethodInputs()` for the new parameters.
import * as Inputs from "npm:@observablehq/inputs";
import {html} from "npm:htl";

/** Every method of the page: label → URL value. */
export const methodOptions = new Map([
  ["K-means", "kmeans"],
  ["Hierarchical", "hierarchical"],
  ["Gaussian mixture", "gmm"],
  ["K-medoids (mixed data)", "kmedoids"],
  ["DBSCAN", "dbscan"],
  ["HDBSCAN", "hdbscan"],
  ["PCA", "pca"]
]);
export const methodValues = [...methodOptions.values()];

/** The inputs only the new methods use: covariance type, min cluster size, cluster selection; `urlInput` is the page's (components/page.js). */
export function newMethodInputs(urlInput) {
  const covariance = urlInput("covariance", Inputs.select(new Map([["Full", "full"], ["Tied (one shared)", "tied"], ["Diagonal", "diag"], ["Spherical", "spherical"]]), {label: "Covariance", value: "full"}), {parse: (raw) => raw, format: (v) => v, valid: (v) => ["full", "tied", "diag", "spherical"].includes(v)});
  const minClusterSize = urlInput("minClusterSize", Inputs.range([2, 200], {step: 1, value: 10, label: "min cluster size"}));
  const selection = urlInput("selection", Inputs.radio(new Map([["Excess of mass (eom)", "eom"], ["Leaf", "leaf"]]), {label: "Cluster selection", value: "eom"}), {parse: (raw) => raw, format: (v) => v, valid: (v) => ["eom", "leaf"].includes(v)});
  return {covariance, minClusterSize, selection};
}

/** The parameter inputs shown for a method; `inputs` holds the page's and the new ones by name. */
export function methodParams(algorithm, inputs) {
  const pick = (...names) => html`<div class="seg-params">${names.map((n) => inputs[n])}</div>`;
  switch (algorithm) {
    case "kmeans":
      return pick("k", "seed");
    case "hierarchical":
      return pick("k", "linkage");
    case "gmm":
      return pick("k", "covariance", "seed");
    case "kmedoids":
      return html`${pick("k")}<p class="seg-small">K-medoids compares rows by Gower's distance: the numeric features by their difference over the range, the columns ticked under “One-hot encode” as categories (equal or not) instead of one-hot columns. The medoids are real customers. Above 5,000 rows the medoids are found on a random sample of 5,000 (the distances take memory in the square of the rows) and the others join the nearest medoid.</p>`;
    case "dbscan":
      return pick("eps", "minSamples");
    case "hdbscan":
      return html`${pick("minClusterSize", "minSamples", "selection")}<p class="seg-small">HDBSCAN needs no radius: it keeps the clusters that persist over the widest range of densities. “min samples” sets how dense a row's neighbourhood must be (larger: more rows called noise).</p>`;
    case "pca":
      return pick("components");
    default:
      throw new RangeError(`unknown method: ${algorithm}`);
  }
}
