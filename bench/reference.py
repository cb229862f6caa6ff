"""scikit-learn / scipy side of the Pattern Kitchen benchmarks.

Usage: python3 bench/reference.py DIR
DIR holds meta.json ({"task", "n", "d", "params", "labels"?}), X.f64 (n*d little-endian float64,
row-major) and, when meta.labels is true, labels.f64 (n little-endian float64).
Prints one JSON object {"seconds": median fit time, "result": {...}} on stdout.
Only the fit is timed (time.perf_counter), median of params.repeats runs (default 3).
Everything random is seeded, so the same input always gives the same result.
"""
import json
import os
import sys
import time

import numpy as np


def timed(fit, repeats):
    times, value = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        value = fit()
        times.append(time.perf_counter() - t0)
    return float(np.median(times)), value


def main(folder):
    with open(os.path.join(folder, "meta.json")) as f:
        meta = json.load(f)
    task, n, d, p = meta["task"], int(meta["n"]), int(meta["d"]), meta.get("params", {})
    X = np.fromfile(os.path.join(folder, "X.f64"), dtype="<f8").reshape(n, d)
    labels = None
    if meta.get("labels"):
        labels = np.fromfile(os.path.join(folder, "labels.f64"), dtype="<f8").astype(np.int64)
    repeats = int(p.get("repeats", 3))

    if task == "kmeans":
        from sklearn.cluster import KMeans

        def fit():
            return KMeans(
                n_clusters=int(p["k"]),
                n_init=int(p.get("n_init", 10)),
                random_state=int(p.get("random_state", 42)),
                algorithm=p.get("algorithm", "lloyd"),
                max_iter=int(p.get("max_iter", 300)),
            ).fit(X)

        seconds, km = timed(fit, repeats)
        result = {"inertia": float(km.inertia_), "labels": km.labels_.tolist(), "n_iter": int(km.n_iter_)}

    elif task == "linkage":
        from scipy.cluster.hierarchy import fcluster, linkage

        method = p.get("method", "ward")
        seconds, Z = timed(lambda: linkage(X, method=method), repeats)
        cut = fcluster(Z, int(p.get("maxclust", 4)), criterion="maxclust")
        result = {"heights": Z[:, 2].tolist(), "labels": cut.tolist()}

    elif task == "dbscan":
        from sklearn.cluster import DBSCAN

        eps, min_samples = float(p["eps"]), int(p.get("min_samples", 5))
        seconds, db = timed(lambda: DBSCAN(eps=eps, min_samples=min_samples).fit(X), repeats)
        lab = db.labels_
        result = {
            "labels": lab.tolist(),
            "n_noise": int((lab == -1).sum()),
            "n_clusters": int(len(set(lab.tolist()) - {-1})),
        }

    elif task == "kdistance":
        from sklearn.neighbors import NearestNeighbors

        k = int(p.get("k", p.get("min_samples", 5)))

        def fit():
            dist, _ = NearestNeighbors(n_neighbors=k).fit(X).kneighbors(X)
            return dist[:, k - 1]

        seconds, kd = timed(fit, repeats)
        result = {"distances": np.sort(kd)[::-1].tolist()}

    elif task == "pca":
        from sklearn.decomposition import PCA

        nc = int(p.get("n_components", 2))
        solver = p.get("svd_solver", "full")
        seconds, pca = timed(lambda: PCA(n_components=nc, svd_solver=solver).fit(X), repeats)
        result = {
            "explained_variance": pca.explained_variance_.tolist(),
            "explained_variance_ratio": pca.explained_variance_ratio_.tolist(),
        }

    elif task == "silhouette":
        from sklearn.metrics import silhouette_score

        size = p.get("sample_size")
        seed = int(p.get("random_state", 42))
        seconds, s = timed(
            lambda: silhouette_score(X, labels, sample_size=None if size is None else int(size), random_state=seed),
            repeats,
        )
        result = {"score": float(s)}

    elif task == "calinski_harabasz":
        from sklearn.metrics import calinski_harabasz_score

        seconds, s = timed(lambda: calinski_harabasz_score(X, labels), repeats)
        result = {"score": float(s)}

    elif task == "davies_bouldin":
        from sklearn.metrics import davies_bouldin_score

        seconds, s = timed(lambda: davies_bouldin_score(X, labels), repeats)
        result = {"score": float(s)}

    elif task == "gaussian_mixture":
        from sklearn.mixture import GaussianMixture

        def fit():
            return GaussianMixture(
                n_components=int(p["k"]),
                covariance_type=p.get("covariance", "full"),
                n_init=int(p.get("n_init", 1)),
                random_state=int(p.get("random_state", 42)),
            ).fit(X)

        seconds, gm = timed(fit, repeats)
        result = {
            "score": float(gm.score(X)),
            "bic": float(gm.bic(X)),
            "labels": gm.predict(X).tolist(),
            "n_iter": int(gm.n_iter_),
            "converged": bool(gm.converged_),
        }

    else:
        raise SystemExit(f"unknown task: {task}")

    json.dump({"seconds": seconds, "result": result}, sys.stdout)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
