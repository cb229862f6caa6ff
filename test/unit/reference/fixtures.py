"""Regenerates the reference fixtures in test/fixtures/ from scikit-learn and scipy.

Run with Debian's Python (python3-sklearn 1.2.1, python3-scipy 1.10.1, numpy 1.24.2):

    /usr/bin/python3 test/unit/reference/fixtures.py            # rewrites test/fixtures/*.json
    /usr/bin/python3 test/unit/reference/fixtures.py --out DIR  # writes them to DIR instead
    /usr/bin/python3 test/unit/reference/fixtures.py --check    # compares with test/fixtures, writes nothing

Input: test/fixtures/seed-datasets.json (the seed's sample datasets, written by hand, never by this
script) and two synthetic blob sets drawn here with make_blobs. Output: one <dataset>.json per data
set and VERSIONS.json; test/fixtures/README.md describes the format.

Conventions, as in VERSIONS.json: lists of floats are rounded to 12 decimals; scalars (inertia, scores,
cophenetic correlation, ARI) are written at full precision. Each file is one line of json.dumps.
"""

import argparse
import json
import os
import sys

import numpy as np
import scipy
import sklearn
from scipy.cluster.hierarchy import cophenet, fcluster, linkage
from scipy.spatial.distance import pdist
from sklearn.cluster import DBSCAN, KMeans
from sklearn.datasets import make_blobs
from sklearn.decomposition import PCA
from sklearn.metrics import (
    adjusted_rand_score,
    calinski_harabasz_score,
    davies_bouldin_score,
    silhouette_samples,
    silhouette_score,
)
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.normpath(os.path.join(HERE, "..", "..", "fixtures"))
GENERATOR = "test/unit/reference/fixtures.py"

METHODS = ["ward", "complete", "average", "single"]

# DBSCAN parameters per seed dataset: (eps, min_samples) on the standardized data, the values the lessons use.
SEED_DBSCAN = {
    "spices": [(1.0, 2)],
    "recipes": [(1.0, 2)],
    "recipe_profiles": [(2.0, 2)],
    "cooking": [(0.8, 2), (0.5, 2), (1.2, 3)],
    "menu": [(1.2, 2), (0.8, 2)],
    "food_delivery": [(1.0, 2)],
}

# The synthetic sets: 300 points around 4 centres (make_blobs' own random centres in [-10, 10]).
BLOBS = {
    "blobs-300x2": dict(n_samples=300, centers=4, n_features=2, cluster_std=1.0, random_state=0),
    "blobs-300x5": dict(n_samples=300, centers=4, n_features=5, cluster_std=1.5, random_state=1),
}
BLOBS_DBSCAN = [(0.3, 5), (0.5, 5)]


def r(a):
    """A float array as nested lists rounded to 12 decimals (how every list of floats is stored)."""
    return np.round(np.asarray(a, dtype=float), 12).tolist()


def kmeans_entries(Xs, ks):
    out = []
    for k in ks:
        km = KMeans(n_clusters=k, n_init=10, random_state=42, algorithm="lloyd").fit(Xs)
        labels = km.labels_
        out.append(
            {
                "input": "standardized",
                "k": k,
                "labels": labels.tolist(),
                "inertia": float(km.inertia_),
                "centers": r(km.cluster_centers_),
                "silhouette": float(silhouette_score(Xs, labels)),
                "silhouette_samples": r(silhouette_samples(Xs, labels)),
                "calinski_harabasz": float(calinski_harabasz_score(Xs, labels)),
                "davies_bouldin": float(davies_bouldin_score(Xs, labels)),
            }
        )
    return out


def hierarchical_entries(inputs, ks):
    out = []
    for name, Xi in inputs:
        for method in METHODS:
            Z = linkage(Xi, method=method)
            coph, _ = cophenet(Z, pdist(Xi))
            out.append(
                {
                    "input": name,
                    "method": method,
                    "linkage": r(Z),
                    "cophenetic_correlation": float(coph),
                    "maxclust": {str(k): fcluster(Z, k, criterion="maxclust").tolist() for k in ks},
                }
            )
    return out


def pca_entries(inputs):
    out = []
    for name, Xi in inputs:
        n, d = Xi.shape
        pca = PCA(n_components=min(n, d), svd_solver="full").fit(Xi)
        components = pca.components_.copy()
        scores = pca.transform(Xi)
        # Sign convention: each component's largest-magnitude loading is positive.
        for j in range(components.shape[0]):
            if components[j, np.argmax(np.abs(components[j]))] < 0:
                components[j] *= -1
                scores[:, j] *= -1
        out.append(
            {
                "input": name,
                "n_components": int(pca.n_components_),
                "explained_variance": r(pca.explained_variance_),
                "explained_variance_ratio": r(pca.explained_variance_ratio_),
                "singular_values": r(pca.singular_values_),
                "mean": r(pca.mean_),
                "components": r(components),
                "scores": r(scores),
            }
        )
    return out


def dbscan_entries(Xs, params):
    out = []
    for eps, min_samples in params:
        db = DBSCAN(eps=eps, min_samples=min_samples).fit(Xs)
        core = np.zeros(len(Xs), dtype=bool)
        core[db.core_sample_indices_] = True
        # Distance to the min_samples-th neighbour, the point itself counted as the first.
        dist, _ = NearestNeighbors(n_neighbors=min_samples).fit(Xs).kneighbors(Xs)
        out.append(
            {
                "input": "standardized",
                "eps": float(eps),
                "min_samples": int(min_samples),
                "labels": db.labels_.tolist(),
                "core": core.tolist(),
                "k_distance_sorted_desc": r(np.sort(dist[:, -1])[::-1]),
            }
        )
    return out


def fixture(name, X, ks, dbscan_params):
    X = np.asarray(X, dtype=float)
    Xs = StandardScaler().fit_transform(X)
    inputs = [("raw", X), ("standardized", Xs)]
    return {
        "name": name,
        "n": int(X.shape[0]),
        "d": int(X.shape[1]),
        "X": r(X),
        "standardized": r(Xs),
        "kmeans": kmeans_entries(Xs, ks),
        "hierarchical": hierarchical_entries(inputs, ks),
        "pca": pca_entries(inputs),
        "dbscan": dbscan_entries(Xs, dbscan_params),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=FIXTURES, help="folder to write to (default: test/fixtures)")
    parser.add_argument("--check", action="store_true", help="compare with the files in test/fixtures instead of writing")
    args = parser.parse_args()

    with open(os.path.join(FIXTURES, "seed-datasets.json"), encoding="utf-8") as f:
        seed = json.load(f)
    written = []
    for name, ds in seed.items():
        fx = fixture(name, ds["X"], range(2, 6), SEED_DBSCAN[name])
        fx["features"] = ds["features"]
        fx["names"] = ds["names"]
        written.append(fx)
    for name, params in BLOBS.items():
        X, y = make_blobs(**params)
        fx = fixture(name, X, range(2, 7), BLOBS_DBSCAN)
        fx["true_labels"] = y.tolist()
        # The adjusted Rand index of the true blobs against each k-means labelling.
        fx["ari_examples"] = [
            {"a": fx["true_labels"], "b": e["labels"], "ari": float(adjusted_rand_score(fx["true_labels"], e["labels"]))}
            for e in fx["kmeans"]
        ]
        written.append(fx)

    versions = {
        "generator": GENERATOR,
        "scikit_learn": sklearn.__version__,
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "notes": [
            "standardized = StandardScaler (population std, ddof=0)",
            "kmeans: KMeans(n_init=10, random_state=42, algorithm='lloyd') on the standardized data",
            "hierarchical: scipy.cluster.hierarchy.linkage, rows [a, b, distance, size]; maxclust labels are 1-based from fcluster",
            "pca: PCA(svd_solver='full'); sign convention: largest-magnitude loading of each component is positive",
            "dbscan: sklearn DBSCAN on the standardized data; k_distance = distance to the min_samples-th neighbour counting the point itself",
        ],
    }
    files = {fx["name"] + ".json": json.dumps(fx) for fx in written}
    files["VERSIONS.json"] = json.dumps(versions, indent=1)
    if args.check:
        sys.exit(check(files))
    os.makedirs(args.out, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"wrote {len(files)} files to {args.out}", file=sys.stderr)


def differences(a, b, path, out, rel=1e-9):
    """Appends to `out` where two JSON values differ: structure, labels and booleans exactly, floats beyond `rel`."""
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            out.append(f"{path}: keys {list(a)} != {list(b)}")
        for key in a:
            if key in b:
                differences(a[key], b[key], f"{path}.{key}", out, rel)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: length {len(a)} != {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            differences(x, y, f"{path}[{i}]", out, rel)
    elif isinstance(a, float) or isinstance(b, float):
        if isinstance(a, bool) or isinstance(b, bool) or abs(a - b) > rel * max(abs(a), abs(b), 1.0):
            out.append(f"{path}: {a!r} != {b!r}")
    elif a != b:
        out.append(f"{path}: {a!r} != {b!r}")


def check(files):
    """Compares regenerated fixtures with test/fixtures: 0 when every number agrees to 1e-9 (relative)."""
    failed = 0
    for name, text in files.items():
        path = os.path.join(FIXTURES, name)
        with open(path, encoding="utf-8") as f:
            stored = f.read()
        if stored == text:
            print(f"{name}: identical")
            continue
        out = []
        differences(json.loads(stored), json.loads(text), name, out)
        if name == "VERSIONS.json" or not out:
            print(f"{name}: same values, other bytes" if not out else f"{name}: {len(out)} differences, e.g. {out[0]}")
        else:
            failed += 1
            print(f"{name}: {len(out)} differences beyond 1e-9:\n  " + "\n  ".join(out[:10]))
    return 1 if failed else 0


if __name__ == "__main__":
    main()
