// Which columns the page offers, and which it picks by default, from the data-quality profile; and
// the settings of a saved analysis put back into the inputs when it is reopened.
import {defaultFeatures} from "../../lib/index.js";

/**
 * featureChoices(quality, {restore}) → {numericColumns, identifiers, defaultNumeric, categoricalColumns,
 * labelCandidates, defaultLabel, defaultCategorical, rfm}. `restore`: the params of a reopened analysis
 * of this very data (same fingerprint), whose features and label win over the defaults.
 */
export function featureChoices(quality, {restore = null} = {}) {
  const numericColumns = quality.columns.filter((c) => c.type === "number" && !c.constant).map((c) => c.name);
  const identifiers = quality.columns.filter((c) => c.identifier).map((c) => c.name);
  const usable = defaultFeatures(quality);
  // Recency, frequency and monetary value (RFM) are the classic behavioural trio: chosen by default when present.
  const rfm = [/spend|monetary|revenue|amount/i, /freq|orders|purchases/i, /recen|days_since/i].map((re) => usable.find((c) => re.test(c) && !/avg|average|mean/i.test(c)));
  const categoricalColumns = quality.columns.filter((c) => c.type === "string" && !c.identifier && c.distinct >= 2 && c.distinct <= 30).map((c) => c.name);
  const labelCandidates = quality.columns.filter((c) => c.type === "string" && c.distinct >= 2 && c.distinct <= 20 && !c.identifier).map((c) => c.name);
  const keep = (wanted, offered) => wanted.filter((c) => offered.includes(c));
  return {
    numericColumns,
    identifiers,
    rfm: rfm.every(Boolean) ? rfm : null,
    defaultNumeric: restore ? keep(restore.numeric, numericColumns) : rfm.every(Boolean) ? rfm : usable,
    categoricalColumns,
    defaultCategorical: restore ? keep(restore.categorical ?? [], categoricalColumns) : [],
    labelCandidates,
    defaultLabel: restore ? (labelCandidates.includes(restore.labelColumn) ? restore.labelColumn : "") : labelCandidates.includes("true_segment") ? "true_segment" : ""
  };
}

/** Sets an input (an Inputs.* form) to `value` as a reader would, so the page and the URL follow. */
function setInput(input, value) {
  if (value === undefined || value === null || input.value === value) return;
  input.value = value;
  input.dispatchEvent(new Event("input", {bubbles: true}));
}

/**
 * Puts a saved analysis's settings (those that don't depend on the data's columns) back into the
 * inputs: `inputs` maps a parameter name to its input.
 */
export function applySettings(inputs, params) {
  const values = {
    algorithm: params.algorithm,
    k: params.k,
    linkage: params.linkage,
    eps: params.eps,
    minSamples: params.minSamples,
    components: params.components,
    seed: params.seed,
    missing: params.missing,
    scaling: params.scaling,
    stability: params.stability,
    covariance: params.covariance, minClusterSize: params.minClusterSize, selection: params.selection // issue 18
  };
  for (const [key, input] of Object.entries(inputs)) setInput(input, values[key]);
}

/** Whether two runs' settings are the same, as far as their method uses them. */
export function sameSettings(a, b) {
  const used = {kmeans: ["k", "seed"], hierarchical: ["k", "linkage"], dbscan: ["eps", "minSamples"], pca: ["components"],
    gmm: ["k", "seed", "covariance"], hdbscan: ["minClusterSize", "minSamples", "selection"], kmedoids: ["k"]}[a.algorithm] ?? []; // issue 18: gmm, hdbscan, kmedoids
  const keys = ["algorithm", "missing", "scaling", "labelColumn", "stability", ...used];
  const list = (x) => JSON.stringify([...(x ?? [])].sort());
  return keys.every((key) => (a[key] ?? null) === (b[key] ?? null)) && list(a.numeric) === list(b.numeric) && list(a.categorical) === list(b.categorical);
}

/**
 * Whether a result reproduces a saved entry: same data, same settings, same metrics (to the saved
 * precision). Returns {same, differences: ["silhouette 0.456 saved, 0.533 now", …]}.
 */
export function compareWithSaved(entry, snapshot) {
  const m = snapshot.result.metrics ?? {};
  const now = snapshot.result.kind === "clusters"
    ? {silhouette: m.silhouette, nClusters: m.nClusters, nNoise: m.nNoise, inertia: m.inertia, ari: snapshot.result.agreement?.ari ?? null}
    : {explained: snapshot.result.pca.model.explainedVarianceRatio};
  const differences = [];
  for (const [key, saved] of Object.entries(entry.metrics)) {
    if (!(key in now)) continue;
    const a = Array.isArray(saved) ? saved : [saved];
    const b = Array.isArray(now[key]) ? now[key] : [now[key]];
    const equal = a.length === b.length && a.every((x, i) => (x === null || x === undefined ? b[i] === null || b[i] === undefined : typeof b[i] === "number" && Math.abs(x - b[i]) <= 1e-9 * Math.max(1, Math.abs(x))));
    if (!equal) differences.push(`${key} ${a.map((x) => (typeof x === "number" ? +x.toFixed(4) : "—")).join("/")} saved, ${b.map((x) => (typeof x === "number" ? +x.toFixed(4) : "—")).join("/")} now`);
  }
  if (snapshot.data.fingerprint !== entry.dataset.fingerprint) differences.unshift(`data fingerprint ${entry.dataset.fingerprint} saved, ${snapshot.data.fingerprint} now`);
  return {same: differences.length === 0, differences};
}
