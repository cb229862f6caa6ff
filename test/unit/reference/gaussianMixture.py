"""scikit-learn's GaussianMixture on the fixtures and seeded tables, for test/unit/mixture.

Run: /usr/bin/python3 test/unit/reference/gaussianMixture.py
Writes test/unit/reference/gaussian-mixture-cases.json. Each case records the data, the options,
scikit-learn's fit (GaussianMixture(random_state=0), init_params="kmeans", n_init=1), the score of
the same fit iterated to tol=1e-10 (`score_tight`: the local optimum that start leads to), and the
starting partition that fit used (probabilities only for the first k of each table, to keep the file small): the labels of KMeans(n_clusters=k, n_init=1,
random_state=RandomState(0)), exactly as GaussianMixture._initialize_parameters draws them.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.mixture import GaussianMixture

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "fixtures")
TYPES = ["full", "tied", "diag", "spherical"]


def fixture(name):
    with open(os.path.join(FIXTURES, name + ".json")) as f:
        return np.array(json.load(f)["standardized"], dtype=float)


def seeded_tables():
    """Three seeded tables: elongated, tilted groups (where covariance types differ) and an offset column."""
    rs = np.random.RandomState(2026)
    tables = []
    # 400 × 2: three groups, two of them stretched and rotated.
    parts = []
    for centre, cov, m in [((0, 0), [[4, 3], [3, 4]], 150), ((8, 0), [[1, 0], [0, 0.2]], 150), ((4, 6), [[0.5, 0], [0, 2]], 100)]:
        parts.append(rs.multivariate_normal(centre, cov, size=m))
    tables.append(("tilted-400x2", np.vstack(parts)))
    # 600 × 4: four groups of different spreads.
    centres = rs.uniform(-6, 6, size=(4, 4))
    spreads = [0.5, 1.0, 1.5, 2.5]
    X = np.vstack([centres[c] + spreads[c] * rs.standard_normal((150, 4)) for c in range(4)])
    tables.append(("spreads-600x4", X))
    # 250 × 3 with a column far from zero (prices in the thousands).
    X = rs.standard_normal((250, 3)) + np.repeat(rs.uniform(-4, 4, size=(2, 3)), [120, 130], axis=0)
    X[:, 2] = 5000 + 40 * X[:, 2]
    tables.append(("offset-250x3", X))
    return tables


def case(name, X, k, covariance, probabilities):
    gm = GaussianMixture(n_components=k, covariance_type=covariance, random_state=0)
    labels = gm.fit_predict(X)
    # The optimum that run climbs to: the same start, iterated to a tight tolerance.
    tight = GaussianMixture(n_components=k, covariance_type=covariance, random_state=0, tol=1e-10, max_iter=5000).fit(X)
    start = KMeans(n_clusters=k, n_init=1, random_state=np.random.RandomState(0)).fit(X).labels_
    return {
        "name": name,
        "k": k,
        "covariance": covariance,
        "init": start.tolist(),
        "labels": labels.tolist(),
        "probabilities": gm.predict_proba(X).tolist() if probabilities else None,
        "score": gm.score(X),
        "lower_bound": gm.lower_bound_,
        "score_tight": tight.score(X),
        "n_iter_tight": int(tight.n_iter_),
        "bic": gm.bic(X),
        "aic": gm.aic(X),
        "n_parameters": int(gm._n_parameters()),
        "weights": gm.weights_.tolist(),
        "means": gm.means_.tolist(),
        "covariances": gm.covariances_.tolist(),
        "n_iter": int(gm.n_iter_),
        "converged": bool(gm.converged_),
    }


def main():
    data = {}
    cases = []
    sets = [("blobs-300x2", fixture("blobs-300x2"), [2, 3, 4, 5]), ("blobs-300x5", fixture("blobs-300x5"), [2, 4, 6])]
    for seed in ["spices", "recipes", "cooking", "menu", "food_delivery"]:
        sets.append((seed, fixture(seed), [2, 3]))
    for name, X in seeded_tables():
        sets.append((name, X, [2, 3, 4]))
    for name, X, ks in sets:
        data[name] = X.tolist()
        for k in ks:
            for covariance in TYPES:
                cases.append(case(name, X, k, covariance, k == ks[0]))
    out = {
        "generator": "test/unit/reference/gaussianMixture.py",
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "data": data,
        "cases": cases,
    }
    with open(os.path.join(HERE, "gaussian-mixture-cases.json"), "w") as f:
        json.dump(out, f)
    print(f"{len(cases)} cases")


if __name__ == "__main__":
    main()
