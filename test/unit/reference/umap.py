"""Writes test/fixtures/manifold/umap.json: what our UMAP is compared with.

Run with Debian's Python and R (python3-sklearn 1.2, r-cran-uwot 0.1.14):

    /usr/bin/python3 test/unit/reference/umap.py            # rewrites test/fixtures/manifold/umap.json
    /usr/bin/python3 test/unit/reference/umap.py --out FILE

A stochastic map has no exact reference, so the fixture holds, for each data set, R's
uwot::umap map (exact neighbours, spectral start, n_neighbors = 15, min_dist = 0.1, 500 epochs,
set.seed(42), one thread) and its quality measured by scikit-learn: trustworthiness
(sklearn.manifold.trustworthiness, k = 5 and 15), 15-nearest-neighbour preservation and the
silhouette of the true labels on the map. The tests require our map to be at least as
trustworthy (within 0.02) and check our trustworthiness() against scikit-learn's on uwot's map.

Also: umap-learn's find_ab_params (scipy.optimize.curve_fit, as umap-learn calls it) for a few
(spread, min_dist), and umap-learn's smooth_knn_dist transcribed below for a small case.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import scipy
import sklearn
from scipy.optimize import curve_fit
from sklearn.datasets import make_blobs, make_moons
from sklearn.manifold import trustworthiness
from sklearn.metrics import silhouette_score
from sklearn.neighbors import NearestNeighbors

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "fixtures")

UWOT = r"""
args <- commandArgs(trailingOnly = TRUE)
X <- as.matrix(read.csv(args[1], header = FALSE))
suppressMessages(library(uwot))
set.seed(42)
Y <- uwot::umap(X, n_neighbors = 15, min_dist = 0.1, spread = 1, n_epochs = 500, init = "spectral",
                nn_method = "fnn", n_threads = 1, n_sgd_threads = 0, verbose = FALSE)
write.table(Y, args[2], sep = ",", row.names = FALSE, col.names = FALSE)
cat(as.character(packageVersion("uwot")))
"""


def uwot_map(X):
    with tempfile.TemporaryDirectory() as tmp:
        src, out, script = (os.path.join(tmp, f) for f in ("X.csv", "Y.csv", "run.R"))
        np.savetxt(src, X, delimiter=",", fmt="%.17g")
        with open(script, "w") as f:
            f.write(UWOT)
        r = subprocess.run(["Rscript", script, src, out], capture_output=True, text=True, check=True)
        return np.loadtxt(out, delimiter=","), r.stdout.strip()


def knn_preservation(X, Y, k=15):
    a = NearestNeighbors(n_neighbors=k + 1).fit(X).kneighbors(return_distance=False)
    b = NearestNeighbors(n_neighbors=k + 1).fit(Y).kneighbors(return_distance=False)
    # kneighbors() without X leaves each row out of its own list, so k + 1 asks for one too many.
    return float(np.mean([len(set(a[i, :k]) & set(b[i, :k])) / k for i in range(len(X))]))


def quality(X, Y, labels):
    return {
        "trustworthiness5": float(trustworthiness(X, Y, n_neighbors=5)),
        "trustworthiness15": float(trustworthiness(X, Y, n_neighbors=15)),
        "knnPreservation15": knn_preservation(X, Y),
        "silhouette": float(silhouette_score(Y, labels)),
    }


def datasets():
    out = []
    for name in ("blobs-300x2", "blobs-300x5"):
        with open(os.path.join(FIXTURES, f"{name}.json")) as f:
            d = json.load(f)
        out.append((name, np.array(d["X"]), np.array(d["true_labels"])))
    X, y = make_blobs(n_samples=1000, n_features=10, centers=5, cluster_std=1.5, random_state=42)
    out.append(("blobs-1000x10", X, y))
    X, y = make_moons(n_samples=800, noise=0.06, random_state=42)
    out.append(("moons-800", X, y))
    return out


def find_ab_params(spread, min_dist):
    # umap-learn's find_ab_params, as in umap/umap_.py.
    def curve(x, a, b):
        return 1.0 / (1.0 + a * x ** (2 * b))

    xv = np.linspace(0, spread * 3, 300)
    yv = np.zeros(xv.shape)
    yv[xv < min_dist] = 1.0
    yv[xv >= min_dist] = np.exp(-(xv[xv >= min_dist] - min_dist) / spread)
    params, _ = curve_fit(curve, xv, yv)
    return float(params[0]), float(params[1])


def smooth_knn_dist(distances, k, n_iter=64, local_connectivity=1.0, bandwidth=1.0):
    # umap-learn's smooth_knn_dist (umap/umap_.py), without numba.
    SMOOTH_K_TOLERANCE, MIN_K_DIST_SCALE = 1e-5, 1e-3
    target = np.log2(k) * bandwidth
    rho = np.zeros(distances.shape[0])
    result = np.zeros(distances.shape[0])
    mean_distances = np.mean(distances)
    for i in range(distances.shape[0]):
        lo, hi, mid = 0.0, np.inf, 1.0
        ith_distances = distances[i]
        non_zero_dists = ith_distances[ith_distances > 0.0]
        if non_zero_dists.shape[0] >= local_connectivity:
            index = int(np.floor(local_connectivity))
            interpolation = local_connectivity - index
            if index > 0:
                rho[i] = non_zero_dists[index - 1]
                if interpolation > SMOOTH_K_TOLERANCE:
                    rho[i] += interpolation * (non_zero_dists[index] - non_zero_dists[index - 1])
            else:
                rho[i] = interpolation * non_zero_dists[0]
        elif non_zero_dists.shape[0] > 0:
            rho[i] = np.max(non_zero_dists)
        for _ in range(n_iter):
            psum = 0.0
            for j in range(1, distances.shape[1]):
                d = distances[i, j] - rho[i]
                psum += np.exp(-(d / mid)) if d > 0 else 1.0
            if np.fabs(psum - target) < SMOOTH_K_TOLERANCE:
                break
            if psum > target:
                hi = mid
                mid = (lo + hi) / 2.0
            else:
                lo = mid
                mid = mid * 2 if hi == np.inf else (lo + hi) / 2.0
        result[i] = mid
        if rho[i] > 0.0:
            if result[i] < MIN_K_DIST_SCALE * np.mean(ith_distances):
                result[i] = MIN_K_DIST_SCALE * np.mean(ith_distances)
        elif result[i] < MIN_K_DIST_SCALE * mean_distances:
            result[i] = MIN_K_DIST_SCALE * mean_distances
    return result, rho


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.join(FIXTURES, "manifold", "umap.json"))
    args = parser.parse_args()
    sets = []
    version = None
    for name, X, y in datasets():
        Y, version = uwot_map(X)
        sets.append({
            "name": name,
            "X": np.round(X, 12).tolist(),
            "labels": [int(v) for v in y],
            "uwot": {"embedding": np.round(Y, 6).tolist(), **quality(X, Y, y)},
        })
        print(name, sets[-1]["uwot"] | {"embedding": "…"}, file=sys.stderr)
    knn = np.array([[0, 1, 2, 3], [0, 0.5, 0.5, 4], [0, 0, 0, 0], [0, 2, 2.5, 7]], dtype=float)
    sigmas, rhos = smooth_knn_dist(knn, 4)
    sigmas15, rhos15 = smooth_knn_dist(knn, 4, local_connectivity=1.5)
    result = {
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__, "uwot": version},
        "datasets": sets,
        "abParams": [{"spread": s, "minDist": m, "ab": find_ab_params(s, m)} for s, m in [(1, 0.1), (1, 0.0), (1, 0.5), (2, 0.25), (0.5, 0.001)]],
        "smoothKnn": {"distances": knn.tolist(), "k": 4, "sigmas": sigmas.tolist(), "rhos": rhos.tolist(),
                      "localConnectivity15": {"sigmas": sigmas15.tolist(), "rhos": rhos15.tolist()}},
    }
    with open(args.out, "w") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
