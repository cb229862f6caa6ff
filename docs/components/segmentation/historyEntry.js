// The one shape of a saved analysis, shared by the history (history.js, which checks it with valid())
// and the project file (projectFile.js).

/**
 * The history entry of a result snapshot: settings, metrics, segments and row labels (plain JSON).
 * savedAnalyses.js saves it to the history; projectFile.js writes it, with the fitted model, to a project file.
 */
export function historyEntry({result, params, data}) {
  const m = result.metrics;
  return {
    id: `${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`, // an id, not data: no seed needed
    date: new Date().toISOString(),
    dataset: {name: data.name, fingerprint: data.fingerprint, rows: data.table.n, source: data.source},
    algorithm: params.algorithm,
    params: {...params, profileColumns: undefined, tree: undefined},
    metrics: result.kind === "clusters"
      ? {silhouette: m.silhouette, nClusters: m.nClusters, nNoise: m.nNoise, inertia: m.inertia, calinskiHarabasz: m.calinskiHarabasz, daviesBouldin: m.daviesBouldin, ari: result.agreement?.ari ?? null}
      : {explained: Array.from(result.pca.model.explainedVarianceRatio)},
    segments: result.kind === "clusters" ? result.profile.clusters.map((c) => ({label: c.label, name: c.name, size: c.size})) : [],
    labels: result.kind === "clusters" ? Array.from(result.labels, (l) => (l === null || l === -2 ? null : l)) : null
  };
}
