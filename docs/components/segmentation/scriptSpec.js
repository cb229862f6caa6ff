// The ScriptSpec (src/io/pythonScript.ts) of the analysis on screen, apart from the DOM so the unit
// test (test/unit/io/pythonScript.test.ts) runs the script the page would download.

/** The ScriptSpec of a shown analysis: its features, preparation, method settings and fitted model. */
export function scriptSpec({result, params, data}) {
  const model = result.model ?? {};
  const method = params.algorithm;
  const settings = {k: params.k, linkage: params.linkage, eps: params.eps, minSamples: params.minSamples, covariance: params.covariance, minClusterSize: params.minClusterSize, clusterSelectionMethod: params.selection, components: params.components};
  let fitted = {};
  switch (method) {
    case "kmeans":
      fitted = {centers: model.centers};
      break;
    case "hierarchical":
      // Exact when the tree holds every row; when it was cut on a sample, the centroids the other rows joined.
      fitted = model.centers ? {centroids: model.centers} : {};
      break;
    case "gmm":
      fitted = {weights: model.weights, means: model.means, covariances: model.covariances};
      break;
    case "kmedoids":
      fitted = {medoids: model.preparedMedoids};
      break;
    case "dbscan":
    case "hdbscan":
    case "pca":
      break;
    default:
      throw new RangeError(`no script for the method ${method}`);
  }
  return {file: data.name, numeric: params.numeric, derived: params.derived ?? [], categorical: params.categorical, missing: params.missing, scaling: params.scaling, method, params: settings, fitted, segmentColumn: "segment"};
}
