// What issue 18 adds to an analysis result (analyse.js spreads it in): each row's membership
// probability for the methods that give one (mixture, HDBSCAN) and the fitted model (k-means centres,
// mixture parameters, HDBSCAN persistence, k-medoids' medoid rows) for the helpers and exports.
import {state} from "../engineState.js";

/** Progress phrase of each method. */
export const methodStage = {kmeans: "k-means", hierarchical: "hierarchical clustering", dbscan: "DBSCAN", gmm: "Gaussian mixture", hdbscan: "HDBSCAN", kmedoids: "k-medoids (Gower)"};

/** Below this probability a row's segment is marked uncertain: no segment holds it more likely than not. */
export const uncertainBelow = 0.5;

/**
 * {membership, model}: `membership` a Float64Array over every table row (NaN = dropped, or a method
 * without probabilities: then null), `model` JSON-ready with row numbers of the table.
 */
export function methodExtras(run, rowIndex, nTable) {
  let membership = null;
  if (run.probabilities) {
    membership = new Float64Array(nTable).fill(NaN);
    rowIndex.forEach((i, j) => (membership[i] = run.probabilities[j]));
    state.transfer.push(membership.buffer);
  }
  let model = run.model ?? null;
  // k-means' centres, or the centroids a hierarchical tree cut on a sample gave the other rows (scaled units).
  if (!model && run.centers) model = {kind: "tree" in run ? "hierarchical" : "kmeans", centers: run.centers};
  // k-medoids: medoids as table rows (shown) and as prepared rows (the Python script's numbering).
  if (model?.kind === "kmedoids") model = {...model, medoids: model.medoids.map((j) => rowIndex[j]), preparedMedoids: model.medoids};
  return {membership, model, uncertainBelow: membership ? uncertainBelow : null};
}
