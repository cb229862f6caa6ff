// The analysis on the page written out as a pandas + scikit-learn script, so that an analyst can
// rerun it in Python and get the same partition (tested by running the scripts with Debian's
// python3-sklearn in test/unit/io/pythonScript.test.ts).
import type {MissingStrategy, ScalingMethod} from "../preprocessing/prepareFeatures.js";
import type {DateFeature} from "../preprocessing/dateFeatures.js";
import {pythonDates} from "./pythonDates.js";

/** The methods a script can rebuild. */
export type ScriptMethod = "kmeans" | "hierarchical" | "dbscan" | "gmm" | "kmedoids" | "hdbscan" | "pca";

/** What the page did, as the script needs it: plain JSON, as the page's JSON export holds it. */
export interface ScriptSpec {
  /** The file the analysis was made on (named in the script's usage line); defaults to "rows.csv". */
  file?: string;
  /** Numeric feature columns (derived date features by their names, "order_date: days since"). */
  numeric: string[];
  /** Features derived from date columns before preparing (src/preprocessing/dateFeatures.ts); defaults to none. */
  derived?: DateFeature[];
  /** Categorical feature columns (one-hot, levels sorted; Gower categories for k-medoids). */
  categorical?: string[];
  /** Missing-value rule; defaults to "drop". */
  missing?: MissingStrategy;
  /** Scaling; defaults to "standard". */
  scaling?: ScalingMethod;
  method: ScriptMethod;
  /** The method's settings: k, linkage, eps, minSamples, covariance, minClusterSize, components. */
  params?: Record<string, unknown>;
  /**
   * The fitted model the script starts from, so that local searches land where the page did:
   * `centers` (k-means, in scaled units), `means`/`covariances`/`weights` (mixtures, scikit-learn's
   * shapes), `medoids` (k-medoids: row numbers, 0-based, of the prepared rows), `centroids` (a
   * hierarchical tree cut on a sample: each segment's mean, in scaled units).
   */
  fitted?: Record<string, unknown>;
  /** Name of the output's segment column; defaults to "segment". */
  segmentColumn?: string;
}

/** A Python literal for plain JSON data (strings through JSON's escapes, which Python reads too). */
function py(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return 'float("nan")';
    if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : '-float("inf")';
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(py).join(", ")}]`;
  if (ArrayBuffer.isView(value)) return py(Array.from(value as unknown as ArrayLike<number>));
  if (typeof value === "object") return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${py(v)}`).join(", ")}}`;
  throw new TypeError(`pythonScript: cannot write ${typeof value} as Python`);
}

/** A file name fit for the script's docstring: no control characters, quotes or backslashes. */
const safeName = (file: string): string => Array.from(file, (c) => (c < " " || c === '"' || c === "\\" ? "" : c)).join("");

/**
 * A Python 3 script (pandas, numpy, scikit-learn) that reads the CSV named on its command line,
 * prepares the same features as the page (the same missing-value rule, one-hot levels and scaler),
 * refits the same method with the same settings — started from the page's fitted model where the
 * method is a local search — and prints the rows as CSV with a segment column (empty for rows the
 * missing-value rule dropped). Nothing in it reaches the network.
 */
export function pythonScript(spec: ScriptSpec): string {
  const {file = "rows.csv", numeric, derived = [], categorical = [], missing = "drop", scaling = "standard", method, params = {}, fitted = {}, segmentColumn = "segment"} = spec;
  if (numeric.length + categorical.length === 0) throw new RangeError("pythonScript: the analysis has no feature columns");
  return [
    "#!/usr/bin/env python3",
    `"""Pattern Kitchen: the segmentation of ${safeName(file)} as a scikit-learn script.`,
    "",
    `Usage: python3 script.py ${safeName(file).replace(/\s/g, "_")} > segments.csv`,
    "Needs pandas, numpy and scikit-learn (Debian: apt-get install python3-sklearn python3-pandas).",
    '"""',
    "import sys",
    "",
    "import numpy as np",
    "import pandas as pd",
    "",
    `NUMERIC = ${py(numeric)}`,
    `CATEGORICAL = ${py(categorical)}`,
    `MISSING = ${py(missing)}  # "drop" the row, or fill with the column "mean"/"median" (text: most frequent)`,
    `SCALING = ${py(scaling)}`,
    `SEGMENT = ${py(segmentColumn)}`,
    "",
    pythonDates(derived, py),
    "",
    "",
    PREPARE,
    "",
    methodBlock(method, params, fitted, scaling),
    "",
    "rows = pd.read_csv(sys.argv[1], keep_default_na=True)",
    "X, kept, names = prepare(with_dates(rows))",
    "labels = fit(X, names)",
    "out = rows.copy()",
    "column = SEGMENT",
    "while column in out.columns:",
    '    column = "_" + column',
    "segments = [pd.NA] * len(out)",
    "for row, label in zip(kept, labels):",
    "    segments[row] = int(label)",
    "out[column] = pd.array(segments, dtype=\"Int64\")",
    "out.to_csv(sys.stdout, index=False)",
    ""
  ].join("\n");
}

const PREPARE = `def prepare(rows):
    """The page's prepareFeatures: chosen columns, missing values, one-hot levels (sorted), scaling."""
    for c in NUMERIC + CATEGORICAL:
        if c not in rows.columns:
            sys.exit(f"column {c!r} is not in the file")
    data = rows[NUMERIC + CATEGORICAL].copy()
    for c in CATEGORICAL:
        data[c] = data[c].map(lambda v: None if pd.isna(v) or v == "" else str(v))
    if MISSING == "drop":
        kept = np.flatnonzero(data.notna().all(axis=1).to_numpy())
    else:
        kept = np.arange(len(data))
        for c in NUMERIC:
            values = data[c].dropna().astype(float)
            if len(values) < len(data):
                data[c] = data[c].fillna(values.mean() if MISSING == "mean" else values.median())
        for c in CATEGORICAL:
            counts = data[c].dropna().value_counts()
            if len(counts) and data[c].isna().any():
                top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                data[c] = data[c].fillna(top)
    data = data.iloc[kept]
    blocks = [data[NUMERIC].astype(float).to_numpy()] if NUMERIC else []
    names = list(NUMERIC)
    for c in CATEGORICAL:
        levels = sorted(set(data[c]))
        blocks.append(np.column_stack([(data[c] == level).to_numpy(dtype=float) for level in levels]))
        names += [f"{c} = {level}" for level in levels]
    raw = np.column_stack(blocks)
    if SCALING == "standard":
        from sklearn.preprocessing import StandardScaler
        X = StandardScaler().fit_transform(raw)
    elif SCALING == "minmax":
        from sklearn.preprocessing import MinMaxScaler
        X = MinMaxScaler().fit_transform(raw)
    elif SCALING == "robust":
        from sklearn.preprocessing import RobustScaler
        X = RobustScaler().fit_transform(raw)
    else:
        X = raw
    return X, kept, names`;

function methodBlock(method: ScriptMethod, params: Record<string, unknown>, fitted: Record<string, unknown>, scaling: ScalingMethod): string {
  switch (method) {
    case "kmeans":
      return `def fit(X, names):
    """k-means, started from the page's final centres with one run: Lloyd's steps then leave them
    where they are, so the partition is the page's (a fresh run would use other random starts)."""
    from sklearn.cluster import KMeans
    centers = np.array(${py(fitted.centers)})
    return KMeans(n_clusters=${py(params.k)}, init=centers, n_init=1).fit(X).labels_`;
    case "hierarchical":
      return fitted.centroids
        ? `def fit(X, names):
    """The page built the tree on a sample and gave every other row the segment of the nearest
    segment mean; this does the same from the page's segment means (in scaled units)."""
    centroids = np.array(${py(fitted.centroids)})
    return ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2).argmin(axis=1)`
        : `def fit(X, names):
    """Agglomerative clustering: scipy's linkage, cut into k groups (fcluster "maxclust")."""
    from scipy.cluster.hierarchy import fcluster, linkage
    return fcluster(linkage(X, method=${py(params.linkage ?? "ward")}), t=${py(params.k)}, criterion="maxclust") - 1`;
    case "dbscan":
      return `def fit(X, names):
    """DBSCAN: -1 is noise."""
    from sklearn.cluster import DBSCAN
    return DBSCAN(eps=${py(params.eps)}, min_samples=${py(params.minSamples ?? 5)}).fit(X).labels_`;
    case "gmm":
      return `def fit(X, names):
    """A Gaussian mixture started from the page's fitted weights, means and covariances: EM then
    stays at the page's fit, so each row gets the page's most probable component."""
    from sklearn.mixture import GaussianMixture
    covariance = ${py(params.covariance ?? "full")}
    covariances = np.array(${py(fitted.covariances)}, dtype=float)
    if covariance == "full":
        precisions = np.array([np.linalg.inv(c) for c in covariances])
    elif covariance == "tied":
        precisions = np.linalg.inv(covariances)
    else:
        precisions = 1.0 / covariances
    model = GaussianMixture(n_components=${py(params.k)}, covariance_type=covariance, reg_covar=${py(params.regularization ?? 1e-6)},
                            weights_init=np.array(${py(fitted.weights)}), means_init=np.array(${py(fitted.means)}),
                            precisions_init=precisions, max_iter=1)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(X)
    return model.predict(X)`;
    case "kmedoids":
      return `def fit(X, names):
    """k-medoids on Gower dissimilarities (R's daisy): each row to its nearest of the page's medoids.
    The numeric columns are compared by |a - b| / range, the categories by "differs"."""
    medoids = ${py(fitted.medoids)}
    data = X  # scaling does not change Gower's numeric terms (${scaling}); categories are one-hot
    numeric = list(range(len(NUMERIC)))
    span = data[:, numeric].max(axis=0) - data[:, numeric].min(axis=0) if numeric else np.array([])
    span[span == 0] = 1
    groups = [[i for i, n in enumerate(names) if n.startswith(c + " = ")] for c in CATEGORICAL]
    def gower(a, b):
        total = np.abs(a[numeric] - b[numeric]) / span if numeric else np.array([])
        mismatches = [float(not np.array_equal(a[g], b[g])) for g in groups]
        return (total.sum() + sum(mismatches)) / (len(numeric) + len(groups))
    return np.array([int(np.argmin([gower(row, data[m]) for m in medoids])) for row in data])`;
    case "hdbscan":
      return `def fit(X, names):
    """HDBSCAN (scikit-learn 1.3 or later; otherwise the hdbscan package). Not run here: Debian's
    scikit-learn 1.2 has no HDBSCAN, so this part was not checked against the page."""
    try:
        from sklearn.cluster import HDBSCAN
    except ImportError:
        from hdbscan import HDBSCAN
    return HDBSCAN(min_cluster_size=${py(params.minClusterSize ?? 5)}, min_samples=${py(params.minSamples ?? params.minClusterSize ?? 5)},
                   cluster_selection_method=${py(params.clusterSelectionMethod ?? "eom")}).fit(X).labels_`;
    case "pca":
      return `def fit(X, names):
    """PCA has no segments: the script prints each row's scores instead, and the segment column
    holds the component a row scores highest on in absolute value."""
    from sklearn.decomposition import PCA
    scores = PCA(n_components=${py(params.components ?? 2)}).fit_transform(X)
    return np.abs(scores).argmax(axis=1)`;
    default: {
      const never: never = method;
      throw new RangeError(`pythonScript: unknown method ${String(never)}`);
    }
  }
}
