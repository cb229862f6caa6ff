"""References for applyModel (src/pipeline/): a preparation fitted on training rows and applied to new
rows, then scikit-learn's KMeans.predict, GaussianMixture.predict/predict_proba and a ward tree's
nearest centroid on those new rows.

Run: /usr/bin/python3 test/unit/reference/apply-model.py
Writes test/unit/reference/apply-model-cases.json. The preparation is the page's: numeric columns
with missing cells filled by the training mean (SimpleImputer), a text column filled with its most
frequent training value and one-hot encoded (categories sorted; a category unseen in training gives
all zeros, OneHotEncoder(handle_unknown="ignore")), then every column standardized (StandardScaler,
fitted on the training rows only).
"""
import json
import os

import numpy as np
import sklearn
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import KMeans
from sklearn.impute import SimpleImputer
from sklearn.mixture import GaussianMixture
from sklearn.preprocessing import OneHotEncoder, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
rs = np.random.RandomState(20261201)


def table(n, unseen=False):
    group = rs.randint(0, 3, n)
    spend = np.array([20, 60, 120])[group] + rs.normal(0, 8, n)
    visits = np.array([2, 8, 4])[group] + rs.normal(0, 1.2, n)
    recency = np.array([90, 10, 30])[group] + rs.normal(0, 6, n)
    cities = np.array(["Bath", "Hull", "Leeds", "York"])
    city = np.where(rs.rand(n) < 0.7, cities[group + (group == 2)], cities[rs.randint(0, 4, n)]).astype(object)
    for column in (spend, visits):
        column[rs.choice(n, n // 20, replace=False)] = np.nan
    city[rs.choice(n, n // 25, replace=False)] = None
    if unseen:
        city[:3] = "Oslo"
    return {"spend": [None if np.isnan(v) else round(float(v), 3) for v in spend],
            "visits": [None if np.isnan(v) else round(float(v), 3) for v in visits],
            "recency": [round(float(v), 3) for v in recency],
            "city": [None if v is None else str(v) for v in city]}


def matrix(t, numeric, categorical):
    num = np.array([[np.nan if v is None else v for v in t[c]] for c in numeric], dtype=float).T
    cat = np.array([[v for v in t[c]] for c in categorical], dtype=object).T
    return num, cat


numeric, categorical = ["spend", "visits", "recency"], ["city"]
train, new = table(240), table(80, unseen=True)
num, cat = matrix(train, numeric, categorical)
num_new, cat_new = matrix(new, numeric, categorical)
imputer = SimpleImputer(strategy="mean").fit(num)
cat_imputer = SimpleImputer(strategy="most_frequent", missing_values=None).fit(cat)
encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(cat_imputer.transform(cat))
raw = np.hstack([imputer.transform(num), encoder.transform(cat_imputer.transform(cat))])
scaler = StandardScaler().fit(raw)
X = scaler.transform(raw)
raw_new = np.hstack([imputer.transform(num_new), encoder.transform(cat_imputer.transform(cat_new))])
X_new = scaler.transform(raw_new)

k = 3
km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
gmms = []
for covariance in ["full", "tied", "diag", "spherical"]:
    g = GaussianMixture(n_components=k, covariance_type=covariance, random_state=0).fit(X)
    gmms.append({"covariance": covariance, "weights": g.weights_.tolist(), "means": g.means_.tolist(),
                 "covariances": np.asarray(g.covariances_).tolist(),
                 "labels": g.predict(X_new).tolist(), "probabilities": g.predict_proba(X_new).tolist()})
ward = fcluster(linkage(X, "ward"), k, criterion="maxclust") - 1
centroids = np.array([X[ward == c].mean(axis=0) for c in range(k)])
nearest = np.argmin(((X_new[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2), axis=1)

out = {
    "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__},
    "numeric": numeric, "categorical": categorical, "train": train, "new": new,
    "preparation": {"fill": imputer.statistics_.tolist(), "categoryFill": cat_imputer.statistics_.tolist(),
                    "categories": [list(c) for c in encoder.categories_],
                    "center": scaler.mean_.tolist(), "scale": scaler.scale_.tolist()},
    "newPrepared": X_new.tolist(),
    "kmeans": {"centers": km.cluster_centers_.tolist(), "trainLabels": km.labels_.tolist(), "labels": km.predict(X_new).tolist()},
    "gmm": gmms,
    "hierarchical": {"linkage": "ward", "trainLabels": ward.tolist(), "centroids": centroids.tolist(), "labels": nearest.tolist()},
}
with open(os.path.join(HERE, "apply-model-cases.json"), "w") as f:
    json.dump(out, f)
print("wrote apply-model-cases.json", {"kmeans": np.bincount(km.predict(X_new)).tolist()})
