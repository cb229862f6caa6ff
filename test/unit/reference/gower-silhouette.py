"""Reference silhouettes on Gower distances: scikit-learn's silhouette_score / silhouette_samples with
metric="precomputed" on R's daisy(metric = "gower") matrices and cluster::pam partitions, read from
gower-pam-cases.json (written by gower-pam.R). Writes gower-silhouette-cases.json:
    /usr/bin/python3 test/unit/reference/gower-silhouette.py
"""
import json
import os

import numpy as np
from scipy.spatial.distance import squareform
from sklearn.metrics import silhouette_samples, silhouette_score

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "gower-pam-cases.json")) as f:
    source = json.load(f)

cases = []
for table in source["gower"]:
    D = squareform(np.asarray(table["distances"], dtype=float))
    for fit in table["pam"]:
        labels = np.asarray(fit["labels"])
        cases.append({
            "name": f'{table["name"]} k={fit["k"]}',
            "table": table["name"],
            "k": fit["k"],
            "labels": labels.tolist(),
            "score": float(silhouette_score(D, labels, metric="precomputed")),
            "samples": silhouette_samples(D, labels, metric="precomputed").tolist(),
        })

with open(os.path.join(here, "gower-silhouette-cases.json"), "w") as f:
    json.dump({"generator": "scikit-learn silhouette_score(D, labels, metric='precomputed') on R daisy(metric='gower') + pam", "cases": cases}, f)
print(f"{len(cases)} cases")
